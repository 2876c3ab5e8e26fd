package org.headwater.ingest.network;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.headwater.hydraulics.inp.InpLine;
import org.headwater.network.ElementKind;

/**
 * The nodes and links of an EPANET file by their EPANET id. EPANET keeps node ids and link ids in
 * separate namespaces (Net1 has junction 10 and pipe 10); the graph has one, so a link whose id is
 * also a node id gets its kind as prefix ({@code pipe:10}); every other id is kept as it is.
 */
final class EpanetDrafts {

    final Map<String, ElementDraft> nodes = new LinkedHashMap<>();
    final Map<String, ElementDraft> links = new LinkedHashMap<>();

    ElementDraft addNode(InpLine line, ElementKind kind) {
        String id = line.text(0, "id");
        if (nodes.containsKey(id)) {
            throw line.error("id", "duplicate node id '" + id + "'");
        }
        ElementDraft draft = new ElementDraft(id, kind, id);
        nodes.put(id, draft);
        return draft;
    }

    /** Links are added after every node is known, so the prefix rule can be applied at once. */
    ElementDraft addLink(InpLine line, ElementKind kind) {
        String id = line.text(0, "id");
        if (links.containsKey(id)) {
            throw line.error("id", "duplicate link id '" + id + "'");
        }
        String graphId = nodes.containsKey(id) ? kind.name().toLowerCase(Locale.ROOT) + ":" + id : id;
        if (nodes.containsKey(graphId)) {
            throw line.error("id", "link id '" + graphId + "' clashes with a node id");
        }
        ElementDraft draft = new ElementDraft(graphId, kind, id);
        draft.startNode = node(line, 1, "node1").id;
        draft.endNode = node(line, 2, "node2").id;
        links.put(id, draft);
        return draft;
    }

    ElementDraft node(InpLine line, int index, String field) {
        return find(nodes, "node", line, index, field);
    }

    ElementDraft link(InpLine line, int index, String field) {
        return find(links, "link", line, index, field);
    }

    private static ElementDraft find(
            Map<String, ElementDraft> drafts, String what, InpLine line, int index, String field) {
        String id = line.text(index, field);
        ElementDraft draft = drafts.get(id);
        if (draft == null) {
            throw line.error(field, "unknown " + what + " '" + id + "'");
        }
        return draft;
    }
}
