using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>Data sources and components resolve to data components of the release; legacy names name the component to use.</summary>
internal sealed class DataComponentRule : LintRule
{
    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release) return;
        foreach (var ds in note.DataSources)
        {
            var dc = release.DataComponent(ds.Value);
            if (dc is null) bag.Report(AttackRefDiagnostics.UnknownDataComponent, ds.Location, ds.Value, context.ReleaseName);
            else if (ds.Value.Contains(": ", StringComparison.Ordinal) && !string.Equals(ds.Value, dc.Id, StringComparison.OrdinalIgnoreCase))
                bag.Report(AttackRefDiagnostics.LegacyDataSource, ds.Location, ds.Value, dc.Id, dc.Name);
        }
    }

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release) return;
        var named = detection.Analytics.SelectMany(a => a.DataComponents.Concat(a.LogSources.Select(l => l.DataComponent).OfType<Text.Located<string>>()));
        foreach (var dc in named)
            if (release.DataComponent(dc.Value) is null)
                bag.Report(AttackRefDiagnostics.UnknownDataComponent, dc.Location, dc.Value, context.ReleaseName);
    }
}
