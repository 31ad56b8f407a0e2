namespace AttackKb.Site.Tests.Search;

/// <summary>
/// Runs the shipped search.js under node against a generated site (search-harness.js beside this file), so the
/// relevance cases exercise the one implementation of ranking.
/// </summary>
internal static class SearchHarness
{
    /// <summary>One query's outcome: top 10 results (kind:ID), ranking time, index bytes it loaded.</summary>
    public sealed record Outcome(string Query, IReadOnlyList<string> Results, double Milliseconds, long Bytes);

    public static IReadOnlyList<Outcome> Run(GeneratedSite site, IReadOnlyList<string> queries)
    {
        string list = Path.Combine(RepoPaths.TempFolder("search-queries"), "queries.txt");
        File.WriteAllText(list, string.Join('\n', queries) + "\n");
        string script = Path.Combine(RepoPaths.Root, "tests", "AttackKb.Site.Tests", "Search", "search-harness.js");
        var run = ReferenceValidators.Run("node", [script, site.Folder, list]);
        Assert.True(run.ExitCode == 0, $"search-harness.js failed:\n{run.Stderr}");
        return run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            string[] f = line.Split('\t');
            return new Outcome(
                f[0],
                f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
        }).ToArray();
    }

    /// <summary>What the browser loads besides the index for a search page: the page, its stylesheet, script, icon.</summary>
    public static long PageBytes(GeneratedSite site) =>
        new[] { Output.SitePaths.Search, "assets/style.css", "assets/search.js", "assets/favicon.svg" }
            .Sum(f => new FileInfo(site.PathOf(f)).Length);
}
