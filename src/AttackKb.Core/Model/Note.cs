using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// A technique note (or a generic note) in any dialect, bound to one shape. Identity is the ATT&amp;CK ID plus the STIX
/// id
/// when present — never the name (three techniques are called "Digital Certificates").
/// Lists keep values exactly as written (tactics may be short or display names); the linter and exporters resolve them.
/// </summary>
public sealed record Note
{
    /// <summary>Path relative to the knowledge-base root, '/' separated.</summary>
    public required string Path { get; init; }
    public required SourceDialect Dialect { get; init; }

    /// <summary>
    /// The note's ATT&amp;CK ID in canonical form (<c>T1587.003</c>), chosen from <see cref="IdentityClaims"/>.
    /// </summary>
    public Located<string>? AttackId { get; init; }
    /// <summary>
    /// Every place the note states its ATT&amp;CK ID (URL, file name, tag, key, heading); the linter checks they agree.
    /// </summary>
    public IReadOnlyList<IdentityClaim> IdentityClaims { get; init; } = [];
    public Located<string>? StixId { get; init; }
    /// <summary>
    /// Other places that state the note's STIX id (dialect A's <c># Name (attack-pattern--…)</c> heading); the linter
    /// checks they agree.
    /// </summary>
    public IReadOnlyList<Located<string>> StixIdClaims { get; init; } = [];

    public Located<string>? Name { get; init; }
    public Located<string>? Title { get; init; }
    /// <summary><c>mitre_attack_url</c> (A, canonical) or <c>url</c> (B).</summary>
    public Located<string>? Url { get; init; }
    public Located<string>? Created { get; init; }
    public Located<string>? Modified { get; init; }
    /// <summary>Kept as the string written: "1.10" is not "1.1".</summary>
    public Located<string>? Version { get; init; }
    public Located<string>? Revoked { get; init; }
    public Located<string>? Deprecated { get; init; }

    /// <summary>Tactics as written: short names (A, canonical) or display names (B), one item per tactic.</summary>
    public IReadOnlyList<Located<string>> Tactics { get; init; } = [];
    public IReadOnlyList<Located<string>> Platforms { get; init; } = [];
    /// <summary>Data sources/components as written: legacy "Source: Component", DC names or DC ids.</summary>
    public IReadOnlyList<Located<string>> DataSources { get; init; } = [];
    public IReadOnlyList<Located<string>> Contributors { get; init; } = [];
    public IReadOnlyList<Located<string>> Domains { get; init; } = [];
    public IReadOnlyList<Located<string>> Tags { get; init; } = [];
    public IReadOnlyList<Located<string>> PermissionsRequired { get; init; } = [];
    public IReadOnlyList<Located<string>> SystemRequirements { get; init; } = [];
    public IReadOnlyList<Located<string>> DefensesBypassed { get; init; } = [];
    /// <summary>
    /// Canonical dialect: explicit detection references (detection note ids, Sigma rule ids, DET ids, paths).
    /// </summary>
    public IReadOnlyList<Located<string>> DetectionRefs { get; init; } = [];

    /// <summary>
    /// Canonical dialect: the team's own mappings to ATT&amp;CK objects, as written (<c>mitigations: [M1028]</c>,
    /// <c>groups</c>, <c>software</c>, <c>campaigns</c>); linted against the release, shown beside ATT&amp;CK's.
    /// </summary>
    public IReadOnlyList<Located<string>> Mitigations { get; init; } = [];
    public IReadOnlyList<Located<string>> Groups { get; init; } = [];
    public IReadOnlyList<Located<string>> Software { get; init; } = [];
    public IReadOnlyList<Located<string>> Campaigns { get; init; } = [];

    /// <summary>The team's mappings of every kind, key by key (<see cref="MappingKind"/>), in key order.</summary>
    public IEnumerable<(MappingKind Kind, Located<string> Id)> Mappings =>
        MappingKind.All.SelectMany(k => k.Of(this).Select(id => (k, id)));

    /// <summary>
    /// Canonical dialect: <c>detection_gap</c>, why the team has no detection for this technique (documented gap).
    /// </summary>
    public Located<string>? DetectionGap { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>Headings and block ids other notes' links may point at (<c>[x](note.md#heading)</c>).</summary>
    public Anchors Anchors { get; init; } = Anchors.None;
    /// <summary>
    /// Dialect B's dataview/query blocks, understood as links to detections and tests by folder and tag.
    /// </summary>
    public IReadOnlyList<TagQuery> Queries { get; init; } = [];

    /// <summary>Where an import took the note from (<c>imported_from</c>, <c>import_hash</c>); null if not imported.
    /// </summary>
    public ImportedFrom? ImportedFrom { get; init; }
    /// <summary>Every key and string value of the front matter as written, in document order; for rules about text
    /// the binder does not model (empty when the file has no front matter).</summary>
    public IReadOnlyList<FrontMatterText> FrontMatterText { get; init; } = [];

    public Section? FindSection(string name) =>
        Sections.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? Description => FindSection("Description")?.Markdown;
    public string? DetectionText => FindSection("Detection")?.Markdown;
}

/// <summary>
/// A front-matter key that maps a note to ATT&amp;CK objects of one kind: the key (also the path of ATT&amp;CK's pages
/// for them, <c>/groups/G0016</c>), the noun for messages, the ID prefix and an example ID.
/// </summary>
public sealed record MappingKind(string Key, string Noun, string Prefix, string Example,
    Func<Note, IReadOnlyList<Located<string>>> Of)
{
    public static readonly MappingKind Mitigation = new("mitigations", "mitigation", "M", "M1028", n => n.Mitigations);
    public static readonly MappingKind Group = new("groups", "group", "G", "G0016", n => n.Groups);
    public static readonly MappingKind Software = new("software", "software", "S", "S0160", n => n.Software);
    public static readonly MappingKind Campaign = new("campaigns", "campaign", "C", "C0001", n => n.Campaigns);

    public static IReadOnlyList<MappingKind> All { get; } = [Mitigation, Group, Software, Campaign];

    /// <summary>Prefix and exactly four digits, case as ATT&amp;CK writes it (<c>G0016</c>, not <c>g16</c>).</summary>
    public bool IsWellFormed(string id) =>
        id.Length == Prefix.Length + 4 && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id[Prefix.Length..].All(char.IsAsciiDigit);

    /// <summary>ATT&amp;CK's page for an object of this kind.</summary>
    public string Url(string id) => "https://" + Ids.AttackUrlShape.Host + "/" + Key + "/" + id;
}

public enum IdentitySource { Url, FileName, Tag, Key, Heading, TechnicalDetails }

/// <summary>
/// One statement of identity: <paramref name="AttackId"/> is the canonical form of <paramref name="Raw"/> (null if it
/// is not an ID).
/// </summary>
public sealed record IdentityClaim(IdentitySource Source, string Raw, string? AttackId, SourceLocation Location);

/// <summary>
/// A known section of the dialect. <paramref name="Markdown"/> is the section's text verbatim (without its heading),
/// starting at <paramref name="BodyLocation"/>; inner headings that are not known section names stay inside it.
/// </summary>
public sealed record Section(string Name, int Level, SourceLocation Location, string Markdown,
    SourceLocation BodyLocation);

/// <summary>
/// An external reference: dialect A's "- [source](url)" lines, canonical's references list.
/// <paramref name="ExternalId"/> is the canonical grammar's optional <c>`external_id`</c> (<c>T1553.004</c>,
/// <c>CAPEC-479</c>), so STIX export can rebuild it.
/// </summary>
public sealed record Reference(string SourceName, string? Url, string? Description, SourceLocation Location,
    string? ExternalId = null);

/// <summary>A <c>(Citation: X)</c> in the text; <paramref name="Section"/> is the section it is in.</summary>
public sealed record Citation(string SourceName, string Section, SourceLocation Location);

public enum LinkKind { Markdown, Autolink, Wikilink, Image }

/// <summary>A link in the body. Target is as written (URL, relative path or wikilink target without alias).</summary>
public sealed record Link(string Target, string Text, LinkKind Kind, string Section, SourceLocation Location);

public enum TagQueryKind { Dataview, Query }

/// <summary>
/// A dialect-B block that lists detections or tests: <c>FROM "Detection Rules" AND #T1587_003</c> (dataview) or
/// <c>tag: detection_rule</c> + <c>tag: T1587_003</c> (query). Folder is null for whole-vault queries. Tags are
/// compared case-insensitively, as Obsidian does. Never executed: only a relationship hint.
/// </summary>
public sealed record TagQuery(TagQueryKind Kind, string? Folder, IReadOnlyList<string> Tags, string Section,
    SourceLocation Location);
