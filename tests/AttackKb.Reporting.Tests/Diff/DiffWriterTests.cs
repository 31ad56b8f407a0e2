using AttackKb.Core.Attack;
using AttackKb.Core.Diff;
using AttackKb.Reporting.Diff;
using static AttackKb.Testing.TestReleases;

namespace AttackKb.Reporting.Tests.Diff;

/// <summary>The diff's markdown (a pull-request comment) and JSON writers.</summary>
public class DiffWriterTests
{
    [Fact]
    public void Markdown_is_a_pull_request_comment()
    {
        var r = Compare(ReleaseChangeSample.Old(), "old.json", ReleaseChangeSample.New(), "new.json");
        using (new CultureScope("tr-TR"))
        {
            Golden.AssertMatches(Case("releases.md"), DiffMarkdownWriter.Write(r));
            Golden.AssertMatches(Case("releases.json"), DiffJsonWriter.ToText(r));
        }
    }

    [Fact]
    public void Same_release_on_both_sides_has_no_changes()
    {
        var r = Compare(ReleaseChangeSample.Old(), "a", ReleaseChangeSample.Old(), "b");
        Assert.Equal(0, r.ChangeCount);
        Assert.Equal("**No changes.**\n", DiffMarkdownWriter.Summary(r));
    }

    [Fact]
    public void Table_cells_escape_what_would_break_the_table_or_inject_HTML()
    {
        var old = Release([Technique("T1001", "Old")]);
        var @new = Release([Technique("T1001", "Old"), Technique("T1002", "a | b <script>alert(1)</script>")]);
        string md = DiffMarkdownWriter.Write(Compare(old, "a", @new, "b"));
        Assert.Contains("a \\| b &lt;script&gt;alert(1)&lt;/script&gt;", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    private static string Case(string file) => RepoPaths.Cases("AttackKb.Reporting.Tests", "diff", file);

    private static DiffReport Compare(AttackRelease old, string oldName, AttackRelease @new, string newName) =>
        ReleaseDiff.Compare(DiffSide.FromRelease(old, oldName), DiffSide.FromRelease(@new, newName));
}
