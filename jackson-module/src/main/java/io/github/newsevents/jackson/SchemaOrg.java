package io.github.newsevents.jackson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.json.interop.SchemaOrgMapping;
import io.github.newsevents.model.Extraction;

/**
 * schema.org JSON-LD for an extraction, to publish on a web page: a {@code NewsArticle} whose
 * {@code mentions} are its actors, its meetings as {@code Event}s and its statements as {@code
 * Quotation}s. Stateless and thread-safe.
 *
 * <pre>{@code
 * String jsonLd = mapper.writeValueAsString(SchemaOrg.write(extraction));
 * // <script type="application/ld+json"> ... </script>
 * }</pre>
 *
 * <p>The mapping: the article's headline, url, {@code datePublished} (ISO 8601 at the precision
 * known), {@code inLanguage}, {@code author}s ({@code Person}), its source as {@code publisher}
 * ({@code Organization}), its dateline's place as {@code dateline}, its paragraphs as {@code
 * articleBody}. Actors: a person is a {@code Person} (titles as {@code jobTitle}, its country as
 * {@code nationality}, its organisation as {@code affiliation}); an organisation or group an
 * {@code Organization}; a state a {@code Country}, or a {@code GovernmentOrganization} serving
 * that country when it attends a meeting, hosts one or speaks, since {@code attendee}, {@code
 * organizer} and {@code creator} take no {@code Country}. A meeting is an {@code Event}: a name
 * made of its kind and participants, {@code startDate}, {@code eventStatus} ({@code
 * EventScheduled} when held or planned, {@code EventCancelled}; none when only possible), {@code
 * eventAttendanceMode} (online for calls, offline in person), {@code location} with its country as
 * an ISO 3166-1 alpha-2 {@code addressCountry}, {@code attendee}s, its host as {@code organizer},
 * its topics as {@code about}. A statement is a {@code Quotation}: {@code text}, its speaker as
 * {@code creator}, {@code dateCreated}, and for reported speech a {@code description} saying so.
 * Every node has an {@code @id}: the article's url (else a name-based {@code urn:uuid:} of its
 * text, as {@link Ninjs} writes) with a fragment ({@code #actor-vladimir-putin}, {@code
 * #meeting-1}, {@code #statement-1}); references between nodes are by {@code @id}. Ceasefires
 * have no schema.org type and are left out. {@code io.github.newsevents.jackson3.SchemaOrg} writes
 * the same documents with Jackson 3.
 */
public final class SchemaOrg {
  private SchemaOrg() {}

  /** The JSON-LD document of an extraction. */
  public static ObjectNode write(Extraction extraction) {
    return Ninjs.MAPPER.valueToTree(SchemaOrgMapping.write(extraction));
  }
}
