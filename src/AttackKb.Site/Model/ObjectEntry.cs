using AttackKb.Core.Attack;

namespace AttackKb.Site.Model;

/// <summary>
/// A mitigation, group, software, campaign or ICS asset the site gives a page, because a technique with a page
/// reaches it. Its techniques are split into <see cref="Pages"/> so no page passes the size budget (Mimikatz uses
/// dozens of techniques, each with its procedure text and references).
/// </summary>
public sealed record ObjectEntry(AttackObject Object, ObjectKind Kind, string Url)
{
    /// <summary>Techniques with a page that it reaches, with the relationship saying how, in ID order.</summary>
    public List<ObjectLink> Techniques { get; } = [];

    /// <summary>The techniques in page-sized runs; page 1 is <see cref="Url"/>, page n SitePaths.Continued(Url,
    /// n).</summary>
    public IReadOnlyList<IReadOnlyList<ObjectLink>> Pages { get; set; } = [];

    /// <summary>
    /// The groups, software and campaigns joined to it (a group's software and campaigns, a software's groups and
    /// campaigns, a campaign's groups and software), one section per kind, shown on page 1.
    /// </summary>
    public IReadOnlyList<RelatedSection> Related { get; set; } = [];
}

/// <summary>A technique and an object joined by one relationship (uses, mitigates, targets) and its text.</summary>
public sealed record ObjectLink(string TechniqueId, ObjectEntry Object, AttackRelationship Relationship)
{
    /// <summary>
    /// About how many bytes the link costs on a page: its text, its references and the markup around them. Pages
    /// split and technique pages truncate on this estimate, so the budget check (AKB7103) rarely has to speak.
    /// </summary>
    public int Weight { get; } = ObjectEntryWeight.Of(Relationship);

    /// <summary>The object's page (of its <see cref="ObjectEntry.Pages"/>) that lists this technique.</summary>
    public string PageUrl { get; set; } = Object.Url;
}

/// <summary>
/// Another group, software or campaign joined to an object by one <c>uses</c> or <c>attributed-to</c> relationship;
/// <see cref="Page"/> is null when the site gives it no page (it is then named, never linked).
/// </summary>
public sealed record RelatedObject(AttackObject Object, ObjectEntry? Page, AttackRelationship Relationship)
{
    public int Weight { get; } = ObjectEntryWeight.Of(Relationship);
}

/// <summary>One section of <see cref="ObjectEntry.Related"/>: its anchor, heading and rows in ID order.</summary>
public sealed record RelatedSection(string Anchor, string Heading, IReadOnlyList<RelatedObject> Rows)
{
    public int Weight => Rows.Sum(r => r.Weight);
}

/// <summary>The page-size estimate of one row carrying a relationship's text and references.</summary>
internal static class ObjectEntryWeight
{
    public static int Of(AttackRelationship r) => 400 + (r.Description?.Length ?? 0)
        + r.References.Sum(x => 120 + x.SourceName.Length + (x.Url?.Length ?? 0) + (x.Description?.Length ?? 0));
}
