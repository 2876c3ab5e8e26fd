package org.headwater.ingest.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;

/**
 * Reads a server's address space over the Browse service: the children of a node, and the node a
 * tag-map address names. Addresses are NodeIds ({@code ns=2;s=PS1.Pressure}, {@code i=2258}),
 * NodeIds with a namespace URI ({@code nsu=urn:plant;s=PS1.Pressure}, stable when the server
 * renumbers its namespaces) or browse paths from the root ({@code /Objects/Plant/PS1/Pressure},
 * matched on browse names).
 */
final class AddressSpaceWalk {

    private final OpcUaClient client;

    AddressSpaceWalk(OpcUaClient client) {
        this.client = client;
    }

    /** One child of a node. */
    record Child(NodeId nodeId, String browseName, NodeClass nodeClass) {}

    List<Child> children(NodeId parent) throws UaException {
        BrowseDescription description = new BrowseDescription(
                parent,
                BrowseDirection.Forward,
                NodeIds.HierarchicalReferences,
                true,
                uint(0),
                uint(BrowseResultMask.All.getValue()));
        List<Child> children = new ArrayList<>();
        BrowseResult result = client.browse(description);
        while (true) {
            ReferenceDescription[] references = result.getReferences();
            if (references != null) {
                for (ReferenceDescription reference : references) {
                    toNodeId(reference.getNodeId())
                            .ifPresent(id -> children.add(
                                    new Child(id, reference.getBrowseName().name(), reference.getNodeClass())));
                }
            }
            ByteString continuation = result.getContinuationPoint();
            if (continuation == null || continuation.isNull()) {
                return children;
            }
            result = client.browseNext(false, List.of(continuation)).getResults()[0];
        }
    }

    /** The node an address names, or empty when the server has no such node. */
    Optional<NodeId> resolve(String address) throws UaException {
        if (address.startsWith("/")) {
            return followPath(address);
        }
        if (address.startsWith("nsu=")) {
            return ExpandedNodeId.parse(address).toNodeId(client.getNamespaceTable());
        }
        return NodeId.parseSafe(address);
    }

    private Optional<NodeId> followPath(String path) throws UaException {
        NodeId current = NodeIds.RootFolder;
        for (String segment : path.substring(1).split("/")) {
            Optional<NodeId> next = Optional.empty();
            for (Child child : children(current)) {
                if (child.browseName().equals(segment)) {
                    next = Optional.of(child.nodeId());
                    break;
                }
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private Optional<NodeId> toNodeId(ExpandedNodeId id) {
        return id.toNodeId(client.getNamespaceTable());
    }
}
