namespace AttackKb.Site.Markdown;

/// <summary>
/// Where a link in note markdown points once resolved: a root-relative path of a site page (<see cref="IsSitePath"/>;
/// the page that shows the text makes it relative to itself), or an href written as it is (an external URL).
/// </summary>
public readonly record struct LinkHref(string Value, bool IsSitePath = false);
