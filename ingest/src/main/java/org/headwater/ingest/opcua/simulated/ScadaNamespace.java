package org.headwater.ingest.opcua.simulated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

/**
 * The simulated tags as variable nodes under {@code Objects/Scada}. A new value is pushed to every
 * monitored item on its node at once (exception-based reporting), so a client's queue receives
 * each value, and appended to the {@link TagHistory} that HistoryRead answers from.
 */
final class ScadaNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:headwater:simulated-scada";

    private final TagHistory history;
    private final boolean historyEnabled;
    private final Map<String, UaVariableNode> nodes = new ConcurrentHashMap<>();
    private final Map<NodeId, Set<DataItem>> items = new ConcurrentHashMap<>();

    ScadaNamespace(OpcUaServer server, List<SimulatedTag> tags, TagHistory history, boolean historyEnabled) {
        super(server, URI);
        this.history = history;
        this.historyEnabled = historyEnabled;
        UaFolderNode folder = new UaFolderNode(
                getNodeContext(), newNodeId("Scada"), newQualifiedName("Scada"), LocalizedText.english("Scada"));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(
                folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), Reference.Direction.INVERSE));
        for (SimulatedTag tag : tags) {
            UaVariableNode node = variable(tag);
            getNodeManager().addNode(node);
            folder.addOrganizes(node);
            nodes.put(tag.name(), node);
        }
    }

    private UaVariableNode variable(SimulatedTag tag) {
        boolean analog = tag.kind() == SimulatedTag.Kind.ANALOG;
        Set<AccessLevel> access = historyEnabled
                ? Set.of(AccessLevel.CurrentRead, AccessLevel.HistoryRead)
                : Set.of(AccessLevel.CurrentRead);
        return new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(tag.name()))
                .setBrowseName(newQualifiedName(tag.name()))
                .setDisplayName(LocalizedText.english(tag.name()))
                .setDataType(analog ? NodeIds.Double : NodeIds.Boolean)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(AccessLevel.toValue(access))
                .setUserAccessLevel(AccessLevel.toValue(access))
                .setHistorizing(historyEnabled)
                .setValue(new DataValue(new StatusCode(StatusCodes.Bad_WaitingForInitialData)))
                .build();
    }

    /** Sets a tag's value, reports it to every monitored item on it and records it in the history. */
    void update(String tag, Variant value, StatusCode status, Instant sourceTime) {
        UaVariableNode node = nodes.get(tag);
        if (node == null) {
            throw new IllegalArgumentException("no simulated tag " + tag);
        }
        DataValue dataValue = new DataValue(value, status, new DateTime(sourceTime), DateTime.now());
        node.setValue(dataValue);
        history.append(tag, dataValue);
        for (DataItem item : items.getOrDefault(node.getNodeId(), Set.of())) {
            item.setValue(dataValue);
        }
    }

    NodeId nodeId(String tag) {
        return newNodeId(tag);
    }

    @Override
    public void onDataItemsCreated(List<DataItem> created) {
        for (DataItem item : created) {
            NodeId nodeId = item.getReadValueId().getNodeId();
            UaVariableNode node = (UaVariableNode) getNodeManager().get(nodeId);
            if (node == null || !AttributeId.Value.isEqual(item.getReadValueId().getAttributeId())) {
                item.setQuality(new StatusCode(StatusCodes.Bad_AttributeIdInvalid));
                continue;
            }
            items.computeIfAbsent(nodeId, n -> ConcurrentHashMap.newKeySet()).add(item);
            item.setValue(node.getValue());
        }
    }

    @Override
    public void onDataItemsModified(List<DataItem> modified) {
        // values are pushed on change: a new sampling interval changes nothing here
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> deleted) {
        for (DataItem item : deleted) {
            Set<DataItem> onNode = items.get(item.getReadValueId().getNodeId());
            if (onNode != null) {
                onNode.remove(item);
            }
        }
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> changed) {
        // every item keeps reporting
    }

    @Override
    public List<HistoryReadResult> historyRead(
            HistoryReadContext context,
            HistoryReadDetails details,
            TimestampsToReturn timestamps,
            List<HistoryReadValueId> ids) {
        List<HistoryReadResult> results = new ArrayList<>();
        for (HistoryReadValueId id : ids) {
            results.add(historyOf(id, details));
        }
        return results;
    }

    private HistoryReadResult historyOf(HistoryReadValueId id, HistoryReadDetails details) {
        if (!historyEnabled || !(details instanceof ReadRawModifiedDetails raw) || raw.getIsReadModified()) {
            return new HistoryReadResult(new StatusCode(StatusCodes.Bad_HistoryOperationUnsupported), null, null);
        }
        Object identifier = id.getNodeId().getIdentifier();
        if (!(identifier instanceof String tag) || !nodes.containsKey(tag)) {
            return new HistoryReadResult(new StatusCode(StatusCodes.Bad_NodeIdUnknown), null, null);
        }
        List<DataValue> values = history.between(
                tag, raw.getStartTime().getJavaInstant(), raw.getEndTime().getJavaInstant());
        ExtensionObject data = ExtensionObject.encode(
                getServer().getStaticEncodingContext(), new HistoryData(values.toArray(DataValue[]::new)));
        return new HistoryReadResult(StatusCode.GOOD, null, data);
    }
}
