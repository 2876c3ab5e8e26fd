package org.headwater.store;

import org.headwater.notify.Contacts;
import org.headwater.notify.Notifications;
import org.headwater.testkit.NotificationsContract;

/** The PostgreSQL notifications and contact book pass the port contract (V9 migration). */
class PostgresNotificationsContractTest extends NotificationsContract {

    @Override
    protected Notifications notifications() {
        return new PostgresNotifications(TestDatabase.dataSource());
    }

    @Override
    protected Contacts contacts() {
        return new PostgresContacts(TestDatabase.dataSource());
    }
}
