using System.Text.Json;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>search-index.js: built from the model, loadable as a plain script, small.</summary>
public class SearchIndexTests
{
    internal static JsonElement Rows(GeneratedSite site)
    {
        string script = site.Read(SitePaths.SearchIndex);
        Assert.StartsWith("window.AKB_SEARCH = ", script);
        Assert.EndsWith(";\n", script);
        Assert.All(script, c => Assert.True(c < 128, "the index is ASCII JavaScript"));
        return JsonDocument.Parse(script["window.AKB_SEARCH = ".Length..^2]).RootElement.GetProperty("rows");
    }

    [Fact]
    public void Index_holds_every_technique_detection_strategy_component_and_rule_of_the_site()
    {
        var site = Sites.Default;
        var ids = Rows(site).EnumerateArray().Select(r => (r[0].GetString(), r[2].GetString())).ToHashSet();
        var kb = site.Kb;
        foreach (var n in kb.Notes) if (n.AttackId?.Value is { } id) Assert.Contains((id, "technique"), ids);
        foreach (var d in kb.Detections.Where(d => d.Kind != Core.Model.DetectionKind.SigmaRule)) Assert.Contains((d.Id.Required("id"), "detection"), ids);
        foreach (var d in kb.Detections.Where(d => d.Kind == Core.Model.DetectionKind.SigmaRule)) Assert.Contains((d.Id.Required("id"), "sigma"), ids);
        Assert.Contains(("DET0056", "strategy"), ids);
        Assert.Contains(("DC0063", "component"), ids);
        Assert.Contains(("TA0005", "tactic"), ids);
        foreach (var rule in Core.Diagnostics.DiagnosticCatalog.All) Assert.Contains((rule.Id, "rule"), ids);
    }

    [Fact]
    public void Every_row_leads_to_a_page_that_exists()
    {
        var site = Sites.Default;
        foreach (var row in Rows(site).EnumerateArray())
        {
            string url = row[3].GetString() is { Length: > 0 } u ? u : Search.SearchIndex.DefaultUrl(row[2].GetString()!, row[0].GetString()!)!;
            string file = url.Split('#')[0];
            Assert.True(site.Exists(file), $"{row[0]} → {url}");
        }
    }

    /// <summary>What the browser loads before the first results show: the search page, its stylesheet and scripts, the index.</summary>
    internal static long FirstResultsBytes(GeneratedSite site) =>
        new[] { SitePaths.Search, "assets/style.css", "assets/search.js", SitePaths.SearchIndex, "assets/favicon.svg" }
            .Sum(f => new FileInfo(site.PathOf(f)).Length);

    [Fact]
    public void First_results_need_at_most_300_kB()
    {
        Assert.InRange(FirstResultsBytes(Sites.Default), 1, 300 * 1024);
    }
}
