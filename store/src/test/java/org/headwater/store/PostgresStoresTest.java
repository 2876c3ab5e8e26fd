package org.headwater.store;

import org.headwater.alert.Alerts;
import org.headwater.alert.Incidents;
import org.headwater.forecast.Forecasts;
import org.headwater.network.Networks;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RiskRuns;
import org.headwater.risk.RunAttempts;
import org.headwater.telemetry.MeterEvents;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.ReadSlots;
import org.headwater.telemetry.Readings;
import org.headwater.testkit.AlertsContract;
import org.headwater.testkit.ForecastsContract;
import org.headwater.testkit.IncidentsContract;
import org.headwater.testkit.MainBreaksContract;
import org.headwater.testkit.MeterEventsContract;
import org.headwater.testkit.NetworksContract;
import org.headwater.testkit.QuarantineContract;
import org.headwater.testkit.ReadSlotsContract;
import org.headwater.testkit.ReadingsContract;
import org.headwater.testkit.RiskRunsContract;
import org.headwater.testkit.RunAttemptsContract;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL stores pass the port contracts against a real embedded PostgreSQL server. */
class PostgresStoresTest {

    @Nested
    class ReadingsInPostgres extends ReadingsContract {
        private final Readings readings = new PostgresReadings(TestDatabase.dataSource());

        @Override
        protected Readings readings() {
            return readings;
        }
    }

    @Nested
    class ReadSlotsInPostgres extends ReadSlotsContract {
        private final Readings readings = new PostgresReadings(TestDatabase.dataSource());
        private final ReadSlots slots = new PostgresReadSlots(TestDatabase.dataSource());

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
    class QuarantineInPostgres extends QuarantineContract {
        private final Quarantine quarantine = new PostgresQuarantine(TestDatabase.dataSource());

        @Override
        protected Quarantine quarantine() {
            return quarantine;
        }
    }

    @Nested
    class NetworkSourcesInPostgres extends org.headwater.testkit.NetworkSourcesContract {
        private final PostgresNetworkSources sources = new PostgresNetworkSources(TestDatabase.dataSource());

        @Override
        protected org.headwater.network.NetworkSources sources() {
            return sources;
        }
    }

    @Nested
    class NetworksInPostgres extends NetworksContract {
        private final Networks networks = new PostgresNetworks(TestDatabase.dataSource());

        @Override
        protected Networks networks() {
            return networks;
        }
    }

    @Nested
    class MeterEventsInPostgres extends MeterEventsContract {
        private final MeterEvents events = new PostgresMeterEvents(TestDatabase.dataSource());

        @Override
        protected MeterEvents meterEvents() {
            return events;
        }
    }

    @Nested
    class AlertsInPostgres extends AlertsContract {
        private final Alerts alerts = new PostgresAlerts(TestDatabase.dataSource());

        @Override
        protected Alerts alerts() {
            return alerts;
        }
    }

    @Nested
    class IncidentsInPostgres extends IncidentsContract {
        private final Incidents incidents = new PostgresIncidents(TestDatabase.dataSource());

        @Override
        protected Incidents incidents() {
            return incidents;
        }
    }

    @Nested
    class ForecastsInPostgres extends ForecastsContract {
        private final Forecasts forecasts = new PostgresForecasts(TestDatabase.dataSource());

        @Override
        protected Forecasts forecasts() {
            return forecasts;
        }
    }

    @Nested
    class MainBreaksInPostgres extends MainBreaksContract {
        private final MainBreaks breaks = new PostgresMainBreaks(TestDatabase.dataSource());

        @Override
        protected MainBreaks mainBreaks() {
            return breaks;
        }
    }

    @Nested
    class RunAttemptsInPostgres extends RunAttemptsContract {
        private final RunAttempts attempts = new PostgresRunAttempts(TestDatabase.dataSource());
        private final RiskRuns runs = new PostgresRiskRuns(TestDatabase.dataSource());

        @Override
        protected RunAttempts runAttempts() {
            return attempts;
        }

        @Override
        protected RiskRuns riskRuns() {
            return runs;
        }
    }

    @Nested
    class RiskRunsInPostgres extends RiskRunsContract {
        private final RiskRuns runs = new PostgresRiskRuns(TestDatabase.dataSource());

        @Override
        protected RiskRuns riskRuns() {
            return runs;
        }
    }

    @Nested
    class ThresholdHistoryInPostgres extends org.headwater.testkit.ThresholdHistoryContract {
        @Override
        protected org.headwater.alert.ThresholdHistory emptyHistory() {
            Jdbc.execute(TestDatabase.dataSource(), "DELETE FROM threshold_change", "emptying the threshold history");
            return new PostgresThresholdHistory(TestDatabase.dataSource());
        }
    }
}
