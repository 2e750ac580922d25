package app.docsbridge.devhost.descriptor;

import java.util.List;
import java.util.Map;

/** A web-item's {@code <condition>} or {@code <conditions type="AND|OR">} tree. */
public sealed interface ConditionNode {

    record Single(String className, boolean invert, Map<String, String> params) implements ConditionNode {
    }

    record Group(boolean and, List<ConditionNode> children) implements ConditionNode {
    }
}
