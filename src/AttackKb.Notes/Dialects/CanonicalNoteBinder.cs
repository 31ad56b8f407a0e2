using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Our canonical technique notes (data/README.md): <c>kind: technique</c>, dialect A's keys plus created, modified,
/// version, domains, detections, detection_gap and the team's mappings (mitigations, groups, software, campaigns);
/// every <c>##</c> heading is a section; references use dialect A's list with optional <c>`external_id`</c> and
/// <c>: description</c>.
/// </summary>
public sealed class CanonicalNoteBinder : SourceReader
{
    /// <summary>Our canonical notes declare themselves: <c>kind: technique</c>.</summary>
    public override bool Accepts(ParsedFile file) => FrontMatterMarkers.KindIs(file.Markdown, "technique");

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "kind", "id", "mitre_attack_url", "name", "title", "tactics", "platforms", "data_sources", "contributors",
        "domains",
        "created", "modified", "version", "detections", "detection_gap", "revoked", "deprecated",
        "permissions_required", "system_requirements", "defenses_bypassed", "imported_from", "import_hash",
        "mitigations", "groups", "software", "campaigns",
    };

    public static Note Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        if (fm["mitre_attack_url"] is null && fm["id"] is null)
            RequiredKeys.Check(md, SourceDialect.Canonical, bag, "mitre_attack_url");
        UnknownKeys.Report(fm, Keys, "canonical", bag);

        var sections = NoteBody.Sections(md, h => h.Level == 2);
        var url = FieldShapes.String(fm, "mitre_attack_url", bag);
        var claims = IdentityClaims.List([IdentityClaims.FromUrl(url), IdentityClaims.FromFileName(md.Path)]);
        var h1 = md.Outline.Headings.FirstOrDefault(h => h.Level == 1);
        return new Note
        {
            Path = md.Path,
            Dialect = SourceDialect.Canonical,
            AttackId = IdentityClaims.Choose(claims),
            IdentityClaims = claims,
            StixId = FieldShapes.String(fm, "id", bag),
            Name = FieldShapes.String(fm, "name", bag)
                ?? (h1 is null ? null : new Located<string>(h1.Text, md.Document.Locate(h1.Offset + 2))),
            Title = FieldShapes.String(fm, "title", bag),
            Url = url,
            Created = FieldShapes.String(fm, "created", bag),
            Modified = FieldShapes.String(fm, "modified", bag),
            Version = FieldShapes.String(fm, "version", bag),
            Revoked = FieldShapes.String(fm, "revoked", bag),
            Deprecated = FieldShapes.String(fm, "deprecated", bag),
            Tactics = FieldShapes.Strings(fm, "tactics", bag),
            Platforms = FieldShapes.Strings(fm, "platforms", bag),
            DataSources = FieldShapes.Strings(fm, "data_sources", bag),
            Contributors = FieldShapes.Strings(fm, "contributors", bag),
            Domains = FieldShapes.Strings(fm, "domains", bag),
            PermissionsRequired = FieldShapes.Strings(fm, "permissions_required", bag),
            SystemRequirements = FieldShapes.Strings(fm, "system_requirements", bag),
            DefensesBypassed = FieldShapes.Strings(fm, "defenses_bypassed", bag),
            DetectionRefs = FieldShapes.Strings(fm, "detections", bag),
            DetectionGap = FieldShapes.String(fm, "detection_gap", bag),
            Mitigations = FieldShapes.Strings(fm, MappingKind.Mitigation.Key, bag),
            Groups = FieldShapes.Strings(fm, MappingKind.Group.Key, bag),
            Software = FieldShapes.Strings(fm, MappingKind.Software.Key, bag),
            Campaigns = FieldShapes.Strings(fm, MappingKind.Campaign.Key, bag),
            Sections = sections,
            References = NoteBody.References(
                md, sections.FirstOrDefault(s => s.Name is "External References" or "References"), bag),
            Citations = NoteBody.Citations(md, sections),
            Links = NoteBody.Links(md, sections),
            ImportedFrom = ImportProvenance.Read(fm),
            FrontMatterText = FrontMatterTexts.Of(fm),
        };
    }
}
