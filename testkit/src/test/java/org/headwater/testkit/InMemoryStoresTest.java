package org.headwater.testkit;

import org.headwater.alert.Alerts;
import org.headwater.alert.Incidents;
import org.headwater.network.Networks;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.ReadSlots;
import org.headwater.telemetry.Readings;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same contracts as the PostgreSQL store, so tests using them are honest. */
class InMemoryStoresTest {

    @Nested
    class ReadingsInMemory extends ReadingsContract {
        private final InMemoryReadings readings = new InMemoryReadings();

        @Override
        protected Readings readings() {
            return readings;
        }
    }

    @Nested
    class ReadSlotsInMemory extends ReadSlotsContract {
        private final InMemoryReadings readings = new InMemoryReadings();
        private final InMemoryReadSlots slots = new InMemoryReadSlots(readings);

        @Override
        protected Readings readings() {
            return readings;
        }

        @Override
        protected ReadSlots readSlots() {
            return slots;
        }
    }

    @Nested
    class QuarantineInMemory extends QuarantineContract {
        private final InMemoryQuarantine quarantine = new InMemoryQuarantine();

        @Override
        protected Quarantine quarantine() {
            return quarantine;
        }
    }

    @Nested
    class AlertsInMemory extends AlertsContract {
        private final InMemoryAlerts alerts = new InMemoryAlerts();

        @Override
        protected Alerts alerts() {
            return alerts;
        }
    }

    @Nested
    class IncidentsInMemory extends IncidentsContract {
        private final InMemoryIncidents incidents = new InMemoryIncidents();

        @Override
        protected Incidents incidents() {
            return incidents;
        }
    }

    @Nested
    class NetworkSourcesInMemory extends NetworkSourcesContract {
        private final InMemoryNetworkSources sources = new InMemoryNetworkSources();

        @Override
        protected org.headwater.network.NetworkSources sources() {
            return sources;
        }
    }

    @Nested
    class NetworksInMemory extends NetworksContract {
        private final InMemoryNetworks networks = new InMemoryNetworks();

        @Override
        protected Networks networks() {
            return networks;
        }
    }

    @Nested
    class MeterEventsInMemory extends MeterEventsContract {
        private final MeterEvents events = new InMemoryMeterEvents();

        @Override
        protected MeterEvents meterEvents() {
            return events;
        }
    }

    @Nested
    class ThresholdHistoryInMemory extends ThresholdHistoryContract {
        @Override
        protected org.headwater.alert.ThresholdHistory emptyHistory() {
            return new InMemoryThresholdHistory();
        }
    }

    @Nested
    class NotificationsInMemory extends NotificationsContract {
        private final InMemoryNotifications notifications = new InMemoryNotifications();
        private final InMemoryContacts contacts = new InMemoryContacts();

        @Override
        protected org.headwater.notify.Notifications notifications() {
            return notifications;
        }

        @Override
        protected org.headwater.notify.Contacts contacts() {
            return contacts;
        }
    }

    @Nested
    class OpenEscalationsInMemory extends OpenEscalationsContract {
        private final InMemoryOpenEscalations escalations = new InMemoryOpenEscalations();

        @Override
        protected org.headwater.notify.OpenEscalations escalations() {
            return escalations;
        }
    }
}
