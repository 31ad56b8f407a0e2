namespace AttackKb.Site.Search;

/// <summary>
/// One search result: a page (or a lint rule's row) with its fields. <see cref="Ids"/> holds its own ID first, then
/// IDs that lead into the page (a strategy's analytics: <c>AN0153</c> opens <c>attack/DET….html#AN0153</c>).
/// <see cref="Headings"/> are names that are not the title: aliases, section headings, test names.
/// </summary>
public sealed record SearchDocument(
    string Kind,
    string Name,
    string Url,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Text)
{
    public string Id => Ids[0];
    /// <summary>Tactic names, shown on the result line and offered as a filter.</summary>
    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
}
