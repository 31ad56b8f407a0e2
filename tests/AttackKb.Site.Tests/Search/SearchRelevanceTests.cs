using AttackKb.Site.Tests.Search;

namespace AttackKb.Site.Tests;

/// <summary>The default KB's relevance cases, ranked by the shipped search.js under node.</summary>
public class SearchRelevanceTests
{
    [Fact]
    [Trait("Category", "Validators")]
    public void Default_site_meets_its_relevance_cases() =>
        RelevanceCase.AssertAll(Sites.Default, RepoPaths.Cases("AttackKb.Site.Tests", "search", "default.txt"));
}

public partial class AllTechniquesSiteTests
{
    /// <summary>The all-18.1 site, for the browser's first-query budget.</summary>
    internal static GeneratedSite AllTechniques => Site.Value;

    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Validators")]
    public void All_techniques_site_meets_its_relevance_cases() =>
        RelevanceCase.AssertAll(Site.Value, RepoPaths.Cases("AttackKb.Site.Tests", "search", "all-18.1.txt"));

    /// <summary>
    /// Each query as the first of a fresh page: the search page, its stylesheet, script and icon, the manifest, the
    /// shards of its words and the files of the 10 results shown stay within 100 kB. (How long the ranking takes is
    /// the benchmark's to say, not a timed test's.)
    /// </summary>
    [CorpusTheory]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Validators")]
    [InlineData("T1553")]
    [InlineData("DET0056")]
    [InlineData("AN0153")]
    [InlineData("certutil")]
    [InlineData("process doppelganging")]
    [InlineData("command and control")]
    [InlineData("powershell | tactic=Execution")]
    [InlineData("sudo | platform=Linux")]
    public void A_first_query_loads_at_most_100_kB(string query)
    {
        var outcome = SearchHarness.Run(Site.Value, [query]).Single();
        long total = SearchHarness.PageBytes(Site.Value) + outcome.Bytes;
        Assert.True(outcome.Results.Count > 0, query);
        Assert.True(total <= 100 * 1024, $"'{query}' loads {total} bytes");
    }
}
