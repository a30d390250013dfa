using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>Where a de minimis regulation is published, and what its monitoring article asks of a grantor.</summary>
/// <param name="Title">The regulation's full title in English.</param>
/// <param name="FrenchTitle">The regulation's full title in French.</param>
/// <param name="OfficialJournal">Its publication reference in the Official Journal, in English (such as <c>OJ L 352, 24.12.2013, p. 1</c>).</param>
/// <param name="FrenchOfficialJournal">The same in French (such as <c>JO L 352 du 24.12.2013, p. 1</c>).</param>
/// <param name="MonitoringArticle">The article that sets the grantor's duties of notice and record-keeping.</param>
/// <param name="WrittenNoticeUntil">The first grant date for which no written notice to the beneficiary is required (the central register covering the whole period then); null when the regulation always requires one.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisPublication(string Title, string FrenchTitle, string OfficialJournal, string FrenchOfficialJournal, string MonitoringArticle, LocalDate? WrittenNoticeUntil = null);
