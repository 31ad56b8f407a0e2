using System.Text.Json;
using AttackKb.Site.Output;
using AttackKb.Site.Search;

namespace AttackKb.Site.Tests;

/// <summary>search/: built from the model, every file a plain ASCII script that registers itself, every result a page.</summary>
public class SearchIndexTests
{
    /// <summary>The documents of the search/d*.js groups: i (ID), n (name), k (kind), u (url), t, p, a, h, x.</summary>
    internal static IReadOnlyList<JsonElement> Documents(GeneratedSite site) =>
        site.Files().Where(f => f.StartsWith("search/d", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                string script = site.Read(f);
                Assert.StartsWith("AKB_S.d(", script);
                Assert.EndsWith(");\n", script);
                string body = script["AKB_S.d(".Length..^3];
                return JsonDocument.Parse(body[(body.IndexOf(',', StringComparison.Ordinal) + 1)..]).RootElement
                    .EnumerateArray().Select(d => d.Clone()).ToArray();
            })
            .ToArray();

    [Fact]
    public void Every_index_file_is_an_ascii_script_that_registers_itself()
    {
        var files = Sites.Default.Files().Where(f => f.StartsWith(SearchIndex.Folder, StringComparison.Ordinal)).ToArray();
        Assert.Contains(SearchIndex.Manifest, files);
        foreach (string f in files)
        {
            string script = Sites.Default.Read(f);
            Assert.All(script, c => Assert.True(c < 128, $"{f} is ASCII JavaScript"));
            Assert.Matches(@"\AAKB_S\.[mtd]\(", script);
            Assert.DoesNotContain("<", script);
        }
    }

    [Fact]
    public void Index_holds_every_technique_detection_strategy_component_and_rule_of_the_site()
    {
        var site = Sites.Default;
        var ids = Documents(site).Select(d => (d.GetProperty("i").GetString(), d.GetProperty("k").GetString())).ToHashSet();
        var kb = site.Kb;
        foreach (var n in kb.Notes) if (n.AttackId?.Value is { } id) Assert.Contains((id, "technique"), ids);
        foreach (var d in kb.Detections.Where(d => d.Kind != Core.Model.DetectionKind.SigmaRule)) Assert.Contains((d.Id.Required("id"), "detection"), ids);
        foreach (var d in kb.Detections.Where(d => d.Kind == Core.Model.DetectionKind.SigmaRule)) Assert.Contains((d.Id.Required("id"), "sigma"), ids);
        Assert.Contains(("DET0056", "strategy"), ids);
        Assert.Contains(("DC0063", "component"), ids);
        Assert.Contains(("TA0005", "tactic"), ids);
        Assert.Contains(("M1028", "mitigation"), ids);
        foreach (var rule in Core.Diagnostics.DiagnosticCatalog.All) Assert.Contains((rule.Id, "rule"), ids);
    }

    [Fact]
    public void Every_document_leads_to_a_page_that_exists_and_sigma_rules_show_their_title()
    {
        var site = Sites.Default;
        foreach (var doc in Documents(site))
        {
            string url = doc.GetProperty("u").GetString()!;
            Assert.True(site.Exists(url.Split('#')[0]), $"{doc.GetProperty("i")} → {url}");
            if (doc.GetProperty("k").GetString() == "sigma")
                Assert.NotEqual(doc.GetProperty("i").GetString(), doc.GetProperty("n").GetString());
        }
    }

    [Fact]
    public void Descriptions_are_indexed_not_only_names()
    {
        var doc = Documents(Sites.Default).Single(d => d.GetProperty("i").GetString() == "T1553.004"
            && d.GetProperty("k").GetString() == "technique");
        Assert.Contains(doc.GetProperty("x").EnumerateArray(), x => x.GetString()!.Contains("Superfish", StringComparison.Ordinal));
        Assert.Contains(Sites.Default.Files(), f => f.StartsWith("search/t", StringComparison.Ordinal)
            && Sites.Default.Read(f).Contains("\"superfish\":[", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Process Doppelgänging", "process doppelganging")]
    [InlineData("CERTUTIL.EXE", "certutil.exe")]
    [InlineData("Ärger İIı", "arger iiı")]
    public void Folding_drops_case_and_diacritics_whatever_the_culture(string text, string folded)
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
        try { Assert.Equal(folded, SearchText.Fold(text)); }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }

    [Theory]
    [InlineData("certutil.exe -addstore root", "certutil exe certutil.exe addstore root")]
    [InlineData("sudo update-ca-trust.", "sudo update ca trust update-ca-trust")]
    [InlineData("t1553.004, det0056 (an0153)", "t1553 004 t1553.004 det0056 an0153")]
    [InlineData("a..b c- d_e", "a b c d e d_e")]
    public void Tokens_keep_command_and_file_names_whole_and_by_parts(string folded, string tokens)
    {
        var list = new List<string>();
        foreach (var token in SearchText.Tokens(folded)) list.Add(token.ToString());
        Assert.Equal(tokens, string.Join(' ', list));
    }
}
