using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>
/// Detection notes → <c>x-mitre-detection-strategy</c> + <c>x-mitre-analytic</c> + <c>detects</c> (ATT&amp;CK v18's
/// model); Sigma rules → <c>indicator</c> (<c>pattern_type: sigma</c>) + <c>indicates</c>, the rule's author
/// credited.
/// </summary>
internal sealed partial class StixBundleBuilder
{
    private readonly SortedDictionary<string, string> _authors = new(StringComparer.Ordinal); // identity id → author
    private readonly HashSet<string> _indicatorRelationships = new(StringComparer.Ordinal);

    private const string DrlName = "Detection Rule License 1.1";
    private const string DrlUrl = "https://github.com/SigmaHQ/Detection-Rule-License";

    private void AddDetectionStrategy(Detection d)
    {
        string detId = d.Id?.Value ?? d.Path;
        // A note that mirrors an ATT&CK strategy (imported DETnnnn) keeps its official id and dates, like a technique.
        var official = kb.Release?.Find(detId) as AttackDetectionStrategy;
        string id = official?.StixId ?? StixId.Mint("x-mitre-detection-strategy", detId);
        var (created, modified) = Dates([d.Date?.Value, official?.Created], [d.Modified?.Value, official?.Modified]);
        IReadOnlyList<string> domains = official?.Domains is { Count: > 0 } ds ? ds : ["enterprise-attack"];

        var analyticIds = d.Analytics.Select(a => AddAnalytic(d, detId, a, created, modified, domains)).ToArray();
        Add("x-mitre-detection-strategy", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "x-mitre-detection-strategy", id, created, modified);
            w.WriteString("name", d.Title?.Value ?? official?.Name ?? detId);
            w.WriteStartArray("external_references");
            AttackReference(w, official, detId);
            foreach (var r in d.References) UrlReference(w, r.Value);
            w.WriteEndArray();
            Markings(w);
            Strings(w, "x_mitre_analytic_refs", analyticIds);
            AttackTail(w, official?.Version ?? "1.0", domains);
            w.WriteEndObject();
        });
        foreach (string technique in kb.Links.TechniquesOf(d)) RelateTo(d, "detects", id, technique, modified);
    }

    private string AddAnalytic(
        Detection d, string detId, AnalyticSpec a, string created, string modified, IReadOnlyList<string> domains)
    {
        string? anId = a.Id?.Value;
        var official = anId is null ? null : kb.Release?.Find(anId) as AttackAnalytic;
        string id = official?.StixId ?? StixId.Mint("x-mitre-analytic", $"{detId}/{anId ?? a.Platform.Value}");
        // ATT&CK links analytics to data components only through log source references (DC ids of the release).
        var logSources = a.LogSources
            .Select(l => (Source: l, Component: l.DataComponent is { } dc ? kb.Release?.DataComponent(dc.Value) : null))
            .Where(x => x.Component is not null).ToArray();
        Add("x-mitre-analytic", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "x-mitre-analytic", id, created, modified);
            w.WriteString("name", official?.Name ?? anId ?? $"{detId} {a.Platform.Value}");
            Text(w, "description", a.Description);
            w.WriteStartArray("external_references");
            AttackReference(w, official, anId ?? $"{detId}/{a.Platform.Value}");
            w.WriteEndArray();
            Markings(w);
            Strings(w, "x_mitre_platforms", [a.Platform.Value]);
            if (logSources.Length > 0)
            {
                w.WriteStartArray("x_mitre_log_source_references");
                foreach (var (source, component) in logSources)
                {
                    w.WriteStartObject();
                    w.WriteString("x_mitre_data_component_ref", component!.StixId);
                    w.WriteString("name", source.Name.Value);
                    w.WriteString(
                        "channel", source.Channel?.Value is { Length: > 0 } channel ? channel : source.Name.Value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            AttackTail(w, official?.Version ?? "1.0", domains);
            w.WriteEndObject();
        });
        return id;
    }

    /// <summary>
    /// ATT&amp;CK's own object: <c>mitre-attack</c> with its id and URL. Ours: source <c>attackkb</c> with our id.
    /// </summary>
    private static void AttackReference(Utf8JsonWriter w, AttackObject? official, string ourId)
    {
        if (official is not null) Reference(w, "mitre-attack", official.Url, official.Id, null);
        else Reference(w, "attackkb", null, ourId, null);
    }

    private void AddIndicator(Detection d)
    {
        string ruleId = d.Id?.Value ?? d.Path;
        string id = StixId.Mint("indicator", ruleId);
        // valid_from is the rule's date: a bundle never depends on when it was built.
        var (created, modified) = Dates([d.Date?.Value], [d.Modified?.Value]);
        string? author = d.Author?.Value is { } a && a.Trim().Length > 0 ? a.Trim() : null;
        string createdBy = author is null ? options.IdentityId : AuthorIdentity(author);
        string pattern = d.RuleText ?? d.Logic?.Value ?? "";
        Add("indicator", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "indicator", id, created, modified, createdBy);
            w.WriteString("name", d.Title?.Value is { Length: > 0 } title ? title : ruleId);
            Text(w, "description", d.Description?.Value);
            w.WriteString("pattern", pattern);
            w.WriteString("pattern_type", "sigma");
            w.WriteString("valid_from", created);
            w.WriteStartArray("external_references");
            Reference(w, "sigma", null, ruleId, author is null ? null : $"Sigma rule by {author}");
            Reference(w, DrlName, DrlUrl, null, author is null
                ? "Sigma rules are licensed under DRL 1.1: credit the rule's author."
                : $"Licensed under DRL 1.1; author: {author}.");
            foreach (var r in d.References) UrlReference(w, r.Value);
            w.WriteEndArray();
            Markings(w);
            w.WriteEndObject();
        });
        foreach (string technique in kb.Links.TechniquesOf(d))
            if (RelateTo(d, "indicates", id, technique, modified) is { } relationship)
                _indicatorRelationships.Add(relationship);
    }

    /// <summary>
    /// A relationship to a technique we export, else to the release's; none (AKB7002) when neither knows it.
    /// </summary>
    private string? RelateTo(Detection d, string kind, string source, string technique, string modified)
    {
        string? target = _techniqueIds.GetValueOrDefault(technique) ?? kb.Release?.Technique(technique)?.StixId;
        if (target is null)
        {
            _bag.Report(
                StixDiagnostics.DetectionTargetMissing, SourceLocation.File(d.Path), d.Id?.Value ?? d.Path, technique);
            return null;
        }
        return Relationship(kind, source, target, modified);
    }

    /// <summary>
    /// One <c>identity</c> (individual) per distinct author string, so the DRL credit is machine-readable.
    /// </summary>
    private string AuthorIdentity(string author)
    {
        string id = StixId.Mint("identity", "author:" + author);
        _authors.TryAdd(id, author);
        return id;
    }
}
