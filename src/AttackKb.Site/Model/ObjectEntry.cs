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
}

/// <summary>A technique and an object joined by one relationship (uses, mitigates, targets) and its text.</summary>
public sealed record ObjectLink(string TechniqueId, ObjectEntry Object, AttackRelationship Relationship)
{
    /// <summary>
    /// About how many bytes the link costs on a page: its text, its references and the markup around them. Pages
    /// split and technique pages truncate on this estimate, so the budget check (AKB7103) rarely has to speak.
    /// </summary>
    public int Weight { get; } = 400 + (Relationship.Description?.Length ?? 0)
        + Relationship.References.Sum(r =>
            120 + r.SourceName.Length + (r.Url?.Length ?? 0) + (r.Description?.Length ?? 0));

    /// <summary>The object's page (of its <see cref="ObjectEntry.Pages"/>) that lists this technique.</summary>
    public string PageUrl { get; set; } = Object.Url;
}
