using System.Text;

namespace AttackKb.Stix.Tests.Export;

/// <summary>
/// A small KB (cases/export/&lt;case&gt;/kb) exports to exactly the reviewed bundle (expected.json) and diagnostics
/// (expected.txt). Covers: official and minted ids, display-name tactics, note and fixed-rule dates, references with and
/// without URL, a detection note with an analytic, a Sigma rule with two authors, the owner and marking from config.
/// </summary>
public class GoldenTests
{
    [Theory]
    [InlineData("small")]
    [InlineData("mappings")]
    public void Case_exports_to_the_reviewed_bundle(string name)
    {
        string folder = RepoPaths.Cases("AttackKb.Stix.Tests", "export", name);
        var result = Exports.Folder(Path.Combine(folder, "kb"));
        Golden.AssertMatches(Path.Combine(folder, "expected.json"), Encoding.UTF8.GetString(result.Bundle));
        Golden.AssertMatches(Path.Combine(folder, "expected.txt"), string.Concat(result.Diagnostics.Select(d => d + "\n")));
    }
}
