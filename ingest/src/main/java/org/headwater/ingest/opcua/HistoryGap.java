package org.headwater.ingest.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;

/**
 * Reads the raw values of many tags between their last delivered value and now (HistoryRead,
 * Part 11 ReadRawModifiedDetails), following continuation points, in groups the server can take.
 */
final class HistoryGap {

    private static final int NODES_PER_CALL = 500;
    // A server clock slightly ahead of ours must not cut the newest values off.
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private final OpcUaClient client;

    HistoryGap(OpcUaClient client) {
        this.client = client;
    }

    /**
     * @param values per node, the values found, oldest first
     * @param unsupported per node whose history could not be read, the status naming why
     */
    record Result(Map<NodeId, List<DataValue>> values, Map<NodeId, String> unsupported) {}

    Result read(Map<NodeId, Instant> since, Instant until) {
        Map<NodeId, List<DataValue>> values = new LinkedHashMap<>();
        Map<NodeId, String> unsupported = new LinkedHashMap<>();
        List<NodeId> nodes = new ArrayList<>(since.keySet());
        for (int start = 0; start < nodes.size(); start += NODES_PER_CALL) {
            List<NodeId> group = nodes.subList(start, Math.min(nodes.size(), start + NODES_PER_CALL));
            Instant from =
                    group.stream().map(since::get).min(Instant::compareTo).orElseThrow();
            readGroup(group, from, until.plus(CLOCK_MARGIN), values, unsupported);
        }
        return new Result(values, unsupported);
    }

    private void readGroup(
            List<NodeId> group,
            Instant from,
            Instant to,
            Map<NodeId, List<DataValue>> values,
            Map<NodeId, String> unsupported) {
        ReadRawModifiedDetails details =
                new ReadRawModifiedDetails(false, new DateTime(from), new DateTime(to), uint(0), false);
        Map<NodeId, ByteString> pending = new LinkedHashMap<>();
        for (NodeId node : group) {
            pending.put(node, ByteString.NULL_VALUE);
        }
        while (!pending.isEmpty()) {
            List<NodeId> asked = new ArrayList<>(pending.keySet());
            List<HistoryReadValueId> ids = new ArrayList<>();
            for (NodeId node : asked) {
                ids.add(new HistoryReadValueId(node, null, QualifiedName.NULL_VALUE, pending.get(node)));
            }
            pending.clear();
            HistoryReadResponse response;
            try {
                response = client.historyRead(details, TimestampsToReturn.Both, false, ids);
            } catch (UaException e) {
                for (NodeId node : asked) {
                    unsupported.put(node, StatusQuality.name(e.getStatusCode()));
                }
                return;
            }
            HistoryReadResult[] results = response.getResults();
            for (int i = 0; i < asked.size(); i++) {
                NodeId node = asked.get(i);
                HistoryReadResult result = results == null || i >= results.length ? null : results[i];
                StatusCode status =
                        result == null ? new StatusCode(StatusCodes.Bad_UnexpectedError) : result.getStatusCode();
                if (status.isBad()) {
                    unsupported.put(node, StatusQuality.name(status));
                    continue;
                }
                values.computeIfAbsent(node, n -> new ArrayList<>()).addAll(decode(result.getHistoryData()));
                ByteString continuation = result.getContinuationPoint();
                if (continuation != null && !continuation.isNull()) {
                    pending.put(node, continuation);
                }
            }
        }
    }

    private List<DataValue> decode(ExtensionObject data) {
        if (data == null || data.isNull()) {
            return List.of();
        }
        Object decoded = data.decode(client.getStaticEncodingContext());
        if (!(decoded instanceof HistoryData history) || history.getDataValues() == null) {
            return List.of();
        }
        return List.of(history.getDataValues());
    }
}
