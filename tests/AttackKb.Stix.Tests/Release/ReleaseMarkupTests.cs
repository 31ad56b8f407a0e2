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
}
