package org.frontdoor.intake.fuzz;

import java.util.List;
import java.util.Map;

/**
 * One generated request that breaks the contract.
 *
 * @param caller         whose token it carries
 * @param contentType    the Content-Type header; none when null
 * @param personalValues values about a child or a referrer the request carries, which no answer may repeat
 */
record MalformedRequest(int index, String malformation, String method, String path, Target caller, String contentType,
                        byte[] body, Map<String, String> headers, List<String> personalValues) {

    String describe() {
        return "#" + index + " " + malformation + " (" + method + " " + abbreviated(path) + " as " + caller + ")";
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
