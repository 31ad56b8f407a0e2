using System.Text;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Dialects;

/// <summary>External References: CommonMark links (parentheses in URLs), the canonical `external_id` and `: description` tail.</summary>
public class ReferenceGrammarTests
{
    [Fact]
    public void Dialect_a_reference_urls_may_contain_parentheses()
    {
        const string text = "---\nid: attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421\nmitre_attack_url: https://attack.mitre.org/techniques/T1588/004\n---\n\n## External References\n- [mitre-attack](https://attack.mitre.org/techniques/T1588/004)\n- [MSDN WMI](https://docs.microsoft.com/previous-versions/windows/it-pro/ee471451(v=vs.100))\n";
        var note = Read("a.md", text);
        Assert.Equal(SourceDialect.DialectA, note.Dialect);
        var r = note.References[1];
        Assert.Equal("MSDN WMI", r.SourceName);
        Assert.Equal("https://docs.microsoft.com/previous-versions/windows/it-pro/ee471451(v=vs.100)", r.Url);
        Assert.Equal((8, 3), (r.Location.Line, r.Location.Column));
    }

    [Fact]
    public void Canonical_references_carry_external_ids_and_descriptions()
    {
        const string text = "---\nkind: technique\nmitre_attack_url: https://attack.mitre.org/techniques/T1553/004\n---\n# X\n\n## Description\nText.(Citation: Source Name)\n\n## External References\n- [mitre-attack](https://attack.mitre.org/techniques/T1553/004) `T1553.004`\n- [Source Name](https://example.org/x): Author, A. (2020). Title.\n- No Url Source: Just a description\n- [capec](https://capec.mitre.org/data/definitions/479.html) `CAPEC-479`\n";
        var note = Read("T1553.004.md", text);
        Assert.Equal(
            [("mitre-attack", "https://attack.mitre.org/techniques/T1553/004", "T1553.004", null),
             ("Source Name", "https://example.org/x", null, "Author, A. (2020). Title."),
             ("No Url Source", null, null, "Just a description"),
             ("capec", "https://capec.mitre.org/data/definitions/479.html", "CAPEC-479", null)],
            note.References.Select(r => (r.SourceName, r.Url, r.ExternalId, r.Description)).ToArray());
        var citation = Assert.Single(note.Citations);
        Assert.Equal(("Source Name", "Description", 8, 6), (citation.SourceName, citation.Section, citation.Location.Line, citation.Location.Column));
    }

    private static Note Read(string path, string text)
    {
        var loaded = FileReader.ReadBytes(path, Encoding.UTF8.GetBytes(text));
        Assert.Empty(loaded.Diagnostics);
        return loaded.Note!;
    }
}
