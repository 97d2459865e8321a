package io.github.newsevents.validate;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-3 codes that {@code country.unknown} accepts: the 249 officially assigned
 * codes, written out here rather than read from {@link java.util.Locale} so that a validation gives
 * the same answer on every JDK, plus {@code XKX} for Kosovo, a user-assigned code that the European
 * Commission, the IMF and most data sets use because ISO has assigned none.
 */
final class IsoCountries {
  /** The officially assigned alpha-3 codes, as of ISO 3166-1's latest additions (2011). */
  static final Set<String> ASSIGNED = Set.of((""
      + "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL "
      + "BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA "
      + "CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM "
      + "CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA "
      + "FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM "
      + "GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY "
      + "JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU "
      + "LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ "
      + "MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL "
      + "OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS "
      + "RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK "
      + "SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV "
      + "TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF "
      + "ZMB ZWE").split(" "));

  /** User-assigned codes accepted as well. */
  static final Set<String> USER_ASSIGNED = Set.of("XKX");

  private static final Set<String> KNOWN = union(ASSIGNED, USER_ASSIGNED);

  /**
   * Codes that look like country codes but are not ISO 3166-1 alpha-3 (mostly IOC and FIFA codes),
   * with the ISO code meant; used only to make a message more helpful.
   */
  private static final Map<String, String> LOOKALIKES = Map.ofEntries(
      Map.entry("GER", "DEU"),
      Map.entry("UAE", "ARE"),
      Map.entry("KSA", "SAU"),
      Map.entry("RSA", "ZAF"),
      Map.entry("NED", "NLD"),
      Map.entry("SUI", "CHE"),
      Map.entry("DEN", "DNK"),
      Map.entry("POR", "PRT"),
      Map.entry("CRO", "HRV"),
      Map.entry("GRE", "GRC"),
      Map.entry("IRI", "IRN"),
      Map.entry("TPE", "TWN"),
      Map.entry("KOS", "XKX"),
      Map.entry("PLE", "PSE"),
      Map.entry("PAL", "PSE"),
      Map.entry("ENG", "GBR"),
      Map.entry("SCO", "GBR"),
      Map.entry("WAL", "GBR"),
      Map.entry("UKG", "GBR"),
      Map.entry("LIB", "LBN"),
      Map.entry("MAS", "MYS"),
      Map.entry("INA", "IDN"),
      Map.entry("PHI", "PHL"),
      Map.entry("VIE", "VNM"),
      Map.entry("BAN", "BGD"),
      Map.entry("SRI", "LKA"),
      Map.entry("NEP", "NPL"),
      Map.entry("MYA", "MMR"),
      Map.entry("ALG", "DZA"),
      Map.entry("SUD", "SDN"),
      Map.entry("NGR", "NGA"),
      Map.entry("ANG", "AGO"),
      Map.entry("CHI", "CHL"),
      Map.entry("URU", "URY"),
      Map.entry("PAR", "PRY"),
      Map.entry("BUL", "BGR"),
      Map.entry("LAT", "LVA"),
      Map.entry("SLO", "SVN"),
      Map.entry("ZIM", "ZWE"),
      Map.entry("ZAM", "ZMB"));

  private IsoCountries() {}

  static boolean isKnown(String code) {
    return KNOWN.contains(code);
  }

  /** The ISO code probably meant by a well-known non-ISO code, such as {@code DEU} for {@code GER}. */
  static Optional<String> probablyMeant(String code) {
    return Optional.ofNullable(LOOKALIKES.get(code));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
