using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Reading;

namespace AttackKb.Stix.Tests.Releases;

/// <summary>
/// MITRE's HTML in ATT&amp;CK text → markdown, as case folders (cases/markup/NAME): input.txt is the release text,
/// expected.md its markdown, dropped.txt the tags that had no markdown meaning (one per line).
/// </summary>
public class ReleaseMarkupTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(RepoPaths.Cases("AttackKb.Stix.Tests", "markup"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_in_release_text_becomes_markdown(string name)
    {
        string folder = RepoPaths.Cases("AttackKb.Stix.Tests", "markup", name);
        var dropped = new List<string>();
        string markdown = ReleaseMarkup.ToMarkdown(File.ReadAllText(Path.Combine(folder, "input.txt")), dropped.Add);
        Golden.AssertMatches(Path.Combine(folder, "expected.md"), markdown);
        Golden.AssertMatches(Path.Combine(folder, "dropped.txt"), string.Concat(dropped.Select(t => t + "\n")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Converting_twice_changes_nothing(string name)
    {
        string folder = RepoPaths.Cases("AttackKb.Stix.Tests", "markup", name);
        string once = File.ReadAllText(Path.Combine(folder, "expected.md"));
        Assert.Equal(once, ReleaseMarkup.ToMarkdown(once, _ => { }));
    }

    /// <summary>A bundle's text reaches the model as markdown; tags without a meaning make one line.</summary>
    [Fact]
    public void Reading_a_bundle_converts_its_text_and_reports_dropped_tags_once()
    {
        const string bundle = """
        {"type": "bundle", "id": "bundle--0d1c0f5e-0000-4000-8000-000000000000", "objects": [
          {"type": "attack-pattern", "id": "attack-pattern--00000000-0000-4000-8000-000000000001", "name": "One",
           "description": "Runs <code>whoami</code><sup>1</sup> as <username>.",
           "x_mitre_detection": "Watch <b>registry</b><br>changes.",
           "external_references": [{"source_name": "mitre-attack", "external_id": "T9998"}]},
          {"type": "attack-pattern", "id": "attack-pattern--00000000-0000-4000-8000-000000000002", "name": "Two",
           "description": "A <span>typo</code>.",
           "external_references": [{"source_name": "mitre-attack", "external_id": "T9999"}]}
        ]}
        """;
        var bag = new DiagnosticBag();
        var release = AttackReleaseReader.Read(Encoding.UTF8.GetBytes(bundle), "tags.json", bag);
        Assert.Equal("Runs `whoami`1 as <username>.", release.Technique("T9998")!.Description);
        Assert.Equal("Watch **registry**\\\nchanges.", release.Technique("T9998")!.DetectionText);
        var dropped = Assert.Single(bag.Items, d => d.Id == "AKB8010");
        Assert.Equal(
            "4 HTML tag(s) in the text of 2 object(s) have no markdown meaning (</code> ×1, </sup> ×1, <span> ×1, "
                + "<sup> ×1; first: T9998); their text is kept, the tags are dropped",
            dropped.Message);
    }
}
