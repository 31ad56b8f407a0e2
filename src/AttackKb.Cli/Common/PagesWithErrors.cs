using System.Globalization;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Validation;

namespace AttackKb.Cli.Common;

/// <summary>
/// The site publishes notes whatever their lint state (an analyst would rather read a page with a wrong tactic than
/// none); the summary says how many published pages come from files with lint errors, so the site never hides them.
/// </summary>
internal static class PagesWithErrors
{
    /// <summary><c>; 2 published pages carry lint errors (run attackkb lint)</c>, or empty when none does.</summary>
    public static string Describe(KnowledgeBase kb, LintResult lint)
    {
        var published = kb.Notes.Select(n => n.Path).Concat(kb.Detections.Select(d => d.Path))
            .Concat(kb.Tests.Select(t => t.Path)).ToHashSet(StringComparer.Ordinal);
        int count = lint.Diagnostics
            .Where(d => d.Severity == Severity.Error && d.Location is { } l && published.Contains(l.Path))
            .Select(d => d.Location!.Value.Path).Distinct(StringComparer.Ordinal).Count();
        return count == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"; {count} published page{(count == 1 ? " carries" : "s carry")} lint errors (run attackkb lint)");
    }
}
