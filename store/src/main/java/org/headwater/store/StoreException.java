package org.headwater.store;

import java.sql.SQLException;

/** A database operation failed; the message says which operation. */
public final class StoreException extends RuntimeException {

    public StoreException(String operation, SQLException cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
    }
}
