using AttackKb.Core.Diagnostics;
using AttackKb.Core.Validation;
using AttackKb.Notes.Loading;

namespace AttackKb.Site.Tests;

/// <summary>
/// `serve` lints and plans each state of the KB from the one before (<see cref="IncrementalLint"/>,
/// <see cref="SitePlan.Of"/> with the previous plan), redoing only what an edit affects. After any sequence of edits
/// both must equal a run from nothing on the same state: the same findings; the same pages, each with the same
/// bytes; the same search index and layer. The sequences include edits that change what other files see of a file
/// (a heading, a detection's id or techniques), where reusing the other files' results would be wrong.
/// </summary>
public sealed class IncrementalEqualsFullTests
{
    private static readonly int[] SeedList = [11, 12, 13, 14, 15, 16];
    public static TheoryData<int> Seeds => new(SeedList);
    private const int Steps = 10;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Incremental_lint_and_site_plan_equal_a_full_run_after_random_edits(int seed)
    {
        string root = RepoPaths.CopyFolder(RepoPaths.Data, RepoPaths.TempFolder("incremental"));
        try
        {
            var config = TestKnowledgeBases.ConfigOf(root);
            var options = SiteOptions.From(config);
            var lintOptions = new LintOptions(config.Severity);
            var cache = new LoadCache();
            var lint = new IncrementalLint();
            var edits = new EditSequences(root, seed);
            var history = new List<string>();
            SitePlan? plan = null;
            int partlyLinted = 0, entriesKept = 0, pageListsKept = 0;
            for (int step = 0; step <= Steps; step++)
            {
                if (step > 0) history.Add(edits.Next());
                string after = $"seed {seed}, after [{string.Join("; ", history)}]";
                var kb = KnowledgeBaseLoader.Load(root, config, release: null, cache)
                    .WithRelease(TestKnowledgeBases.Pinned);

                AssertSame(Keys(Validator.Run(kb, lintOptions).Diagnostics),
                    Keys(lint.Run(kb, lintOptions).Diagnostics), "lint findings", after);
                if (step > 0 && lint.FilesChecked < kb.Notes.Count) partlyLinted++;

                var previous = plan;
                plan = SitePlan.Of(kb, options, previous);
                AssertSamePlan(SitePlan.Of(kb, options), plan, after);
                if (previous is not null)
                {
                    entriesKept += plan.Map.Techniques.Count(t => ReferenceEquals(t, previous.Map.Technique(t.Id)));
                    if (ReferenceEquals(plan.Pages, previous.Pages)) pageListsKept++;
                }
            }
            // Else the sequence never took the incremental paths and the equality above said nothing of them.
            Assert.True(partlyLinted > 0, $"seed {seed}: no edit was linted incrementally");
            Assert.True(entriesKept > 0, $"seed {seed}: no technique entry was taken from the previous plan");
            Assert.True(pageListsKept > 0, $"seed {seed}: no plan took the previous plan's page list");
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    /// <summary>The sequences above make every kind of edit at least once (else the property says nothing of
    /// it).</summary>
    [Fact]
    public void The_random_sequences_make_every_kind_of_edit() =>
        Assert.Equal(EditSequences.Kinds.Order(StringComparer.Ordinal), EditSequences.KindsMade(SeedList, Steps));

    private static void AssertSamePlan(SitePlan full, SitePlan incremental, string after)
    {
        AssertSame(Keys(full.Diagnostics), Keys(incremental.Diagnostics), "site diagnostics", after);
        AssertSame(full.Pages.Select(p => $"{p.Path} {p.Source}").ToArray(),
            incremental.Pages.Select(p => $"{p.Path} {p.Source}").ToArray(), "pages", after);
        var differ = full.Pages.Zip(incremental.Pages)
            .Where(pair => full.Render(pair.First) != incremental.Render(pair.Second))
            .Select(pair => pair.First.Path)
            .ToArray();
        Assert.True(differ.Length == 0, $"{after}: {differ.Length} pages differ: {string.Join(", ", differ.Take(10))}");
        AssertSame(Files(full), Files(incremental), "search index", after);
        Assert.True(full.Layer().AsSpan().SequenceEqual(incremental.Layer()), $"{after}: the layers differ");
    }

    /// <summary>A finding as text, with its related locations (equality of findings compares those by
    /// reference).</summary>
    private static string[] Keys(IReadOnlyList<Diagnostic> found) =>
        found.Select(d => $"{d} [{string.Join(", ", d.Related)}]").ToArray();

    private static string[] Files(SitePlan plan) =>
        plan.SearchIndexFiles().Select(f => f.Path + " " + Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(f.Bytes))).ToArray();

    private static void AssertSame<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, string what, string after)
    {
        var missing = expected.Except(actual).Take(5).ToArray();
        var extra = actual.Except(expected).Take(5).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            $"{after}: {what} differ ({expected.Count} expected, {actual.Count} incremental); missing "
            + $"[{string.Join(" | ", missing)}], extra [{string.Join(" | ", extra)}]");
    }
}
