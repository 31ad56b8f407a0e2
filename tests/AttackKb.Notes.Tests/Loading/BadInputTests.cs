using System.Text;
using AttackKb.Core.Config;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Loading;

/// <summary>
/// Hostile and broken files (cases/bad-input/kb): each gives a located diagnostic with a stable code, the other files
/// still load, nothing throws. The golden lists every diagnostic and every file that loaded.
/// </summary>
public class BadInputTests
{
    [Fact]
    public void Every_bad_file_is_a_located_diagnostic_and_the_rest_still_loads()
    {
        string root = RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "kb");
        var kb = KnowledgeBaseLoader.Load(root, KbConfig.Load(Path.Combine(root, KbConfig.FileName)), release: null);

        var report = new StringBuilder();
        foreach (var d in kb.Diagnostics) report.Append(d).Append('\n');
        report.Append("--- loaded\n");
        foreach (var n in kb.Notes) report.Append(n.Path).Append(": ").Append(n.Dialect).Append(' ').Append(n.AttackId?.Value).Append('\n');
        foreach (var d in kb.Detections) report.Append(d.Path).Append(": ").Append(d.Dialect).Append('\n');
        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "expected.txt"), report.ToString());

        Assert.Contains(kb.Notes, n => n.Path == "good.md" && n.AttackId?.Value == "T1553.004");
        Assert.DoesNotContain(kb.Diagnostics, d => d.Id == "AKB1099");
    }

    [Fact]
    public void Hostile_markdown_is_kept_as_data_for_the_linter_and_the_site_to_judge()
    {
        string root = RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "kb");
        var note = FileReader.Read(root, "hostile.md", 1 << 20).Note!;
        Assert.Contains(note.Links, l => l.Target == "javascript:alert(1)");
        Assert.Contains("<script>", note.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: \"Process Doppelg\\xE4nging\"", "Process Doppelgänging")]
    [InlineData("name: \"Jannie Li, Microsoft Threat Intelligence\\u202FCenter\\u202F(MSTIC)\"", "Jannie Li, Microsoft Threat Intelligence\u202FCenter\u202F(MSTIC)")]
    [InlineData("name: Prasanth Sadanala, Cigna Information Protection (CIP) - Threat Response Engineering\n  Team", "Prasanth Sadanala, Cigna Information Protection (CIP) - Threat Response Engineering Team")]
    [InlineData("name: 'Internet Scan: Response Content'", "Internet Scan: Response Content")]
    [InlineData("title: 1.10", "1.10")]
    public void Dialect_a_yaml_quirks_decode(string yaml, string expected)
    {
        string text = $"---\nid: attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421\nmitre_attack_url: https://attack.mitre.org/techniques/T1588/004\n{yaml}\n---\n";
        var loaded = FileReader.ReadBytes("a.md", Encoding.UTF8.GetBytes(text));
        Assert.Empty(loaded.Diagnostics);
        string key = yaml[..yaml.IndexOf(':', StringComparison.Ordinal)];
        var value = loaded.Note!.FrontMatterText.Single(t => !t.IsKey && t.KeyPath.SequenceEqual([key]));
        Assert.Equal(expected, value.Value);
    }
}
