package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: capitalised words that are a piece of a longer name, an adjective before a
 * noun, or an adjective of origin are no person. The texts are made up.
 */
class NamePartsTest {
  @Test
  void thePartAfterOfInALongerNameIsNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Troops patrolled the Line of Quiet Waters, and the Union of Northern Harbours met in Bergen.",
        "Foreign Minister Lena Marsh of Norway said the talks would go on."));
    assertThat(names(x)).contains("Lena Marsh").doesNotContain("Quiet Waters", "Northern Harbours");
  }

  @Test
  void capitalisedWordsBeforeANounTheyModifyAreNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Fighting between Silver Hawk rebels and the army went on, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh");
    // the capitalised words name the armed group ("Silver Hawk" rebels), never a person
    assertThat(x.actors()).filteredOn(a -> a.name().contains("Silver Hawk"))
        .allMatch(a -> a.kind() == io.github.newsevents.model.ActorKind.GROUP);
  }

  @Test
  void aLongArabicNameWithTheArticleApartIsOnePersonWithItsShortForm() {
    // pattern: "bin X bin Y Al Z" (the article "Al" apart, a particle inside a name) and "al-Z"
    Extraction x = extract(article("2025-04-14",
        "Foreign Minister Khalid bin Saeed al-Nasser of Oman hosted the talks.",
        "Lena Marsh met Khalid bin Saeed bin Hamad Al Nasser in Muscat on Monday."));
    assertThat(x.actors()).filteredOn(a -> a.name().contains("Nasser")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(io.github.newsevents.model.ActorKind.PERSON));
    assertThat(x.meetings()).anySatisfy(m -> assertThat(m.participants()).anyMatch(id -> id.contains("nasser")));
  }

  @Test
  void alAsAGivenNameStaysOne() {
    Extraction x = extract(article("2025-04-14", "Former senator Al Brennan met Lena Marsh in Oslo on Monday."));
    assertThat(names(x)).contains("Al Brennan", "Lena Marsh");
  }

  @Test
  void anAdjectiveOfTwoOriginsIsNoGivenName() {
    Extraction x = extract(article("2025-04-14",
        "He called himself a proud Irish-American Democrat, Lena Marsh said."));
    assertThat(names(x)).contains("Lena Marsh").noneMatch(n -> n.contains("Irish-American"));
  }

  @Test
  void aNameAloneThatSpeaksIsAPerson() {
    Extraction x = extract(article("2025-04-14",
        "\"The allies will have to choose,\" Vikander said on Sunday.",
        "\"We will be tough,\" Vikander said. \"Nobody gets a pass,\" she added."));
    assertThat(names(x)).contains("Vikander");
    assertThat(x.statements()).filteredOn(s -> s.text().startsWith("Nobody"))
        .singleElement().satisfies(s -> assertThat(News.speaker(x, s)).contains("Vikander"));
  }

  @Test
  void aPluralNounOpeningASentenceAndAnInstitutionAfterTheAreNoPeople() {
    Extraction x = extract(article("2025-04-14",
        "Analysts said the talks would fail. The Storting said it would vote on Friday."));
    assertThat(names(x)).doesNotContain("Analysts", "Storting");
  }

  @Test
  void aSpeakingSurnameSpelledWithALetterMoreOrLessIsTheSamePerson() {
    Extraction x = extract(article("2025-04-14",
        "Spokesperson Hassan Mahmmoud denied the report.",
        "\"Nobody was invited,\" Mahmoud said."));
    assertThat(names(x)).contains("Hassan Mahmmoud").doesNotContain("Mahmoud");
    assertThat(x.statements()).singleElement().satisfies(s -> assertThat(News.speaker(x, s)).contains("Hassan Mahmmoud"));
  }

  @Test
  void aNewsAgencyThatReportsIsNoPerson() {
    Extraction x = extract(article("2025-04-14",
        "Talks will resume on Friday, Interfax said, citing a source in Moscow."));
    assertThat(names(x)).doesNotContain("Interfax");
  }

  @Test
  void aKnownBodysWordInsideTheNameOfAnotherBodyIsThatOtherBody() {
    Extraction x = extract(article("2025-04-14",
        "Norway's National Congress Party said it rejected the plan, Lena Marsh said."));
    assertThat(names(x)).contains("National Congress Party").doesNotContain("US Congress");
  }

  @Test
  void anHonorificBeforeTheNameIsNoPartOfTheTitle() {
    Extraction x = extract(article("2025-04-14", "Minister of Trade Sheikh Omar bin Khalid met Lena Marsh."));
    assertThat(News.actor(x, "Omar bin Khalid").titles()).contains("Minister of Trade")
        .noneMatch(title -> title.contains("Sheikh"));
  }

  @Test
  void aGivenNameThatIsAlsoATitleOpensANameOfItsOwn() {
    // "Amir" is a given name and a spelling of "emir": before a surname, with no determiner, a name;
    // father and son sharing a surname stay two people
    Extraction x = extract(article("2025-04-14", "Ali Hekmati met his son Amir Hekmati in Tehran."));
    assertThat(names(x)).contains("Ali Hekmati", "Amir Hekmati");
    // "the Amir of Qatar" is the title
    Extraction y = extract(article("2025-04-14", "The Amir of Qatar met Foreign Minister Lena Marsh in Doha."));
    assertThat(names(y)).doesNotContain("Amir");
  }
}
