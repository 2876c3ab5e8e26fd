package org.headwater.ingest.opcua;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.jspecify.annotations.Nullable;

/**
 * Walks a server's {@code Objects} folder and prints every variable as a tag-map line to fill in:
 * the address (a NodeId with its namespace URI, so it survives the server renumbering its
 * namespaces), then empty sensor_id, measurand and unit, with the browse path as a comment.
 */
public final class OpcUaBrowser {

    private final OpcUaSourceSettings settings;
    private final int maxDepth;

    public OpcUaBrowser(OpcUaSourceSettings settings, int maxDepth) {
        this.settings = settings;
        this.maxDepth = maxDepth;
    }

    /** Prints the tag-map skeleton; returns how many variables were found. */
    public int browse(PrintStream out) {
        OpcUaClient client = null;
        try {
            client = OpcUaClients.create(settings);
            client.connect();
            AddressSpaceWalk walk = new AddressSpaceWalk(client);
            out.println("# variables under /Objects of " + settings.endpointUrl());
            out.println("# fill in sensor_id, measurand and unit; delete the lines you do not need");
            out.println("address,sensor_id,measurand,unit");
            return visit(walk, client, NodeIds.ObjectsFolder, "/Objects", 0, new HashSet<>(), out);
        } catch (UaException e) {
            throw new IllegalStateException("cannot browse " + settings.endpointUrl() + ": " + e.getMessage(), e);
        } finally {
            if (client != null) {
                try {
                    client.disconnect();
                } catch (UaException e) {
                    // the listing is complete; a failed goodbye changes nothing
                }
            }
        }
    }

    private int visit(
            AddressSpaceWalk walk,
            OpcUaClient client,
            NodeId node,
            String path,
            int depth,
            Set<NodeId> seen,
            PrintStream out)
            throws UaException {
        if (depth >= maxDepth || !seen.add(node)) {
            return 0;
        }
        int found = 0;
        for (AddressSpaceWalk.Child child : walk.children(node)) {
            if (child.nodeId().equals(NodeIds.Server)) {
                continue; // the server's own status and diagnostics are no plant tags
            }
            String childPath = path + "/" + child.browseName();
            if (child.nodeClass() == NodeClass.Variable
                    && child.nodeId().getNamespaceIndex().intValue() != 0) {
                String uri = client.getNamespaceTable().get(child.nodeId().getNamespaceIndex());
                String address = withNamespaceUri(child.nodeId(), uri);
                out.println(Csv.quoted(address) + ",,,  # " + childPath);
                found++;
            }
            if (child.nodeClass() == NodeClass.Object || child.nodeClass() == NodeClass.Variable) {
                found += visit(walk, client, child.nodeId(), childPath, depth + 1, seen, out);
            }
        }
        return found;
    }

    // ns=2;s=PS1.Pressure becomes nsu=urn:plant;s=PS1.Pressure
    static String withNamespaceUri(NodeId nodeId, @Nullable String uri) {
        String parseable = nodeId.toParseableString();
        if (uri == null || !parseable.startsWith("ns=")) {
            return parseable;
        }
        return "nsu=" + uri + parseable.substring(parseable.indexOf(';'));
    }

    /** CSV quoting for addresses, which hold ';' and may hold ','. */
    static final class Csv {
        private Csv() {}

        static String quoted(String field) {
            if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
                return field;
            }
            return '"' + field.replace("\"", "\"\"") + '"';
        }
    }
}
