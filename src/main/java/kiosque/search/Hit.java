package kiosque.search;

import java.util.List;

/**
 * One article in a result list.
 *
 * @param date     publication date as ISO at its precision, or null
 * @param excerpts HTML: text escaped, query matches wrapped in {@code <mark>}
 */
public record Hit(String id, String title, String date, String url, List<String> excerpts,
                  List<String> actors, List<String> places, List<String> orgs) {}
