package org.headwater.ingest.opcua;

import java.util.Locale;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/** The security policies the connector offers: none (trusted networks only) or Basic256Sha256 signed and encrypted. */
public enum OpcUaSecurity {
    NONE(SecurityPolicy.None, MessageSecurityMode.None),
    BASIC256SHA256(SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt);

    private final SecurityPolicy policy;
    private final MessageSecurityMode mode;

    OpcUaSecurity(SecurityPolicy policy, MessageSecurityMode mode) {
        this.policy = policy;
        this.mode = mode;
    }

    SecurityPolicy policy() {
        return policy;
    }

    MessageSecurityMode mode() {
        return mode;
    }

    /** {@code None} or {@code Basic256Sha256}, any case. */
    public static OpcUaSecurity parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "basic256sha256" -> BASIC256SHA256;
            default ->
                throw new IllegalArgumentException("security policy \"" + text + "\" is not None or Basic256Sha256");
        };
    }
}
