namespace AttackKb.Site.Tests.Search;

/// <summary>
/// One line of a relevance case file (cases/search/*.txt): <c>query =&gt; a b</c> (the results start with a, then b),
/// <c>query ~&gt; a b</c> (a and b among the top 10) or <c>query =&gt; (none)</c>.
/// </summary>
internal sealed record RelevanceCase(string Query, bool Ordered, IReadOnlyList<string> Expected, int Line)
{
    public static IReadOnlyList<RelevanceCase> Read(string file) =>
        File.ReadAllLines(file)
            .Select((text, i) => (text, line: i + 1))
            .Where(l => l.text.Length > 0 && !l.text.StartsWith('#'))
            .Select(l =>
            {
                bool ordered = l.text.Contains(" => ", StringComparison.Ordinal);
                string[] parts = l.text.Split(ordered ? " => " : " ~> ");
                Assert.True(parts.Length == 2, $"{file}({l.line}): expected 'query => results' or 'query ~> results'");
                string[] expected = parts[1] == "(none)" ? [] : parts[1].Split(' ');
                return new RelevanceCase(parts[0], ordered, expected, l.line);
            })
            .ToArray();

    /// <summary>Null when the outcome meets the case, else what went wrong.</summary>
    public string? Check(IReadOnlyList<string> results)
    {
        bool ok = Expected.Count == 0 ? results.Count == 0
            : Ordered ? results.Take(Expected.Count).SequenceEqual(Expected)
            : Expected.All(results.Contains);
        return ok ? null : $"line {Line}: '{Query}' {(Ordered ? "=>" : "~>")} {string.Join(' ', Expected)}; got "
            + (results.Count == 0 ? "(none)" : string.Join(' ', results));
    }

    public static void AssertAll(GeneratedSite site, string caseFile)
    {
        var cases = Read(caseFile);
        var outcomes = SearchHarness.Run(site, cases.Select(c => c.Query).ToArray());
        Assert.Equal(cases.Count, outcomes.Count);
        var failures = cases.Zip(outcomes, (c, o) => c.Check(o.Results)).OfType<string>().ToArray();
        Assert.True(failures.Length == 0, string.Join('\n', failures));
    }
}
