using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Tests.Loading;

/// <summary>
/// The ordered reader list: which reader wins where several accept a file, and that a reader registered by a
/// caller takes part by its position only.
/// </summary>
public class SourceReadersTests
{
    private const string DialectAKeys =
        "id: attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421\n"
        + "mitre_attack_url: https://attack.mitre.org/techniques/T1588/004\n";

    /// <summary>Files several readers could claim, and the one the default order gives them to.</summary>
    [Theory]
    [InlineData("a.md", "---\nkind: technique\n" + DialectAKeys + "---\n", "canonical")]
    [InlineData("a.md", "---\nkind: Detection\ntags: [techniques]\nurl: x\n---\n", "detection-note")]
    [InlineData("a.md", "---\n" + DialectAKeys + "tags: [techniques]\nurl: x\n---\n", "dialect-a")]
    [InlineData("a.md", "---\ntags: [ Techniques , detection_rule]\nurl: x\nlogsrc_product: w\n---\n", "dialect-b")]
    [InlineData("a.md", "---\ntags: [detection_rule, atomic_test]\nlogsrc_product: w\nfilename: f\n---\n",
        "dialect-b-rule")]
    [InlineData("a.md", "---\ntitle: 'x'\ntags: [, detection_rule]\nlogsrc_product: 'w'\n---\n", "dialect-b-rule")]
    [InlineData("a.md", "---\ntags: [atomic_test]\nfilename: f\n---\n", "dialect-b-runbook")]
    [InlineData("a.md", "---\ntags: [atomic_test]\n---\n# T1553.004\n", "generic")]
    [InlineData("a.md", "---\nkind: technique\n---\n", "canonical")]
    [InlineData("a.yml", "attack_technique: T1649\natomic_tests: []\ndetection: {}\ntitle: t\n", "atomic")]
    [InlineData("a.yaml", "title: t\ndetection: {}\n", "sigma")]
    [InlineData("a.yml", "logsource: {}\ndetection: {}\n", "sigma")]
    [InlineData("a.yml", "kind: technique\n", "ignored")]
    [InlineData("a.yml", "- kind: technique\n", "ignored")]
    [InlineData("a.markdown", "title: t\ndetection: {}\n", "generic")]
    public void Default_order_gives_each_file_to_the_first_reader_that_accepts_it(
        string path, string text, string expected)
    {
        Assert.Equal(expected, DialectOf(Read(path, text)));
    }

    [Fact]
    public void A_reader_registered_first_wins_over_every_dialect()
    {
        var readers = SourceReaders.Default.InsertBefore<CanonicalNoteBinder>(new PlaybookReader());
        var loaded = Read("p.md", "---\nkind: technique\nplaybook: yes\n" + DialectAKeys + "---\n", readers);
        Assert.Equal("playbook", loaded.Note!.Title!.Value.Value);
    }

    [Fact]
    public void A_reader_registered_before_the_catch_all_loses_to_the_dialects_and_wins_over_the_catch_all()
    {
        var readers = SourceReaders.Default.InsertBefore<GenericNoteBinder>(new PlaybookReader());
        var dialectA = Read("p.md", "---\nplaybook: yes\n" + DialectAKeys + "---\n", readers);
        var other = Read("q.md", "---\nplaybook: yes\n---\n", readers);
        Assert.Equal(SourceDialect.DialectA, dialectA.Note!.Dialect);
        Assert.Equal("playbook", other.Note!.Title!.Value.Value);
        // The default list is not changed by a caller's copy.
        Assert.Equal("generic", DialectOf(Read("q.md", "---\nplaybook: yes\n---\n")));
    }

    [Fact]
    public void A_list_without_a_catch_all_is_our_bug_reported_on_the_file_not_a_crash()
    {
        var readers = new SourceReaders(new CanonicalNoteBinder());
        var loaded = Read("n.md", "# just a note\n", readers);
        Assert.Null(loaded.Note);
        Assert.Equal("AKB1099", Assert.Single(loaded.Diagnostics).Id);
    }

    private static LoadedFile Read(string path, string text, SourceReaders? readers = null) =>
        FileReader.ReadBytes(path, Encoding.UTF8.GetBytes(text), readers: readers);

    private static string DialectOf(LoadedFile loaded) =>
        loaded.Note?.Dialect.ToName() ?? loaded.Detection?.Dialect.ToName() ?? loaded.Test?.Dialect.ToName()
        ?? (loaded.Diagnostics.Any(d => d.Id == "AKB1030") ? "ignored" : "nothing");

    /// <summary>A dialect a team might add: any markdown file whose front matter has <c>playbook</c>.</summary>
    private sealed class PlaybookReader : SourceReader
    {
        public override bool Accepts(ParsedFile file) => file.Markdown?.FrontMatter?["playbook"] is not null;

        public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => new Note
        {
            Path = file.Path,
            Dialect = SourceDialect.Generic,
            Title = new("playbook", file.Document.WholeFile),
        };
    }
}
