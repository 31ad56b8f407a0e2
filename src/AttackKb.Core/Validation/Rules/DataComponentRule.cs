using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Data sources and components resolve to data components of the release; legacy names name the component to use;
/// a bare (deprecated) data source is told apart from a typo. Malformed DC ids are IdFormatRule's.
/// </summary>
internal sealed class DataComponentRule : LintRule
{
    public override string Name => "data-component";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.DataSourceNotComponent,
        AttackRefDiagnostics.LegacyDataSource,
        AttackRefDiagnostics.UnknownDataComponent,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release) return;
        foreach (var ds in note.DataSources.Where(d => !IdFormatRule.IsMalformedDataComponentId(d.Value)))
        {
            var dc = release.DataComponent(ds.Value);
            if (dc is null) ReportUnresolved(ds, release, context, bag);
            else if (ds.Value.Contains(": ", StringComparison.Ordinal)
                && !string.Equals(ds.Value, dc.Id, StringComparison.OrdinalIgnoreCase))
                bag.Report(AttackRefDiagnostics.LegacyDataSource, ds.Location, ds.Value, dc.Id, dc.Name);
        }
    }

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release) return;
        var named =
            detection.Analytics.SelectMany(a =>
                a.DataComponents.Concat(a.LogSources.Select(l => l.DataComponent).OfType<Located<string>>()));
        foreach (var dc in named.Where(d => !IdFormatRule.IsMalformedDataComponentId(d.Value)))
            if (release.DataComponent(dc.Value) is null)
                ReportUnresolved(dc, release, context, bag);
    }

    private static void ReportUnresolved(Located<string> value, AttackRelease release, LintContext context,
        DiagnosticBag bag)
    {
        string key = value.Value.Trim();
        var source = release.Find(key) as AttackDataSource
            ?? release.DataSources.FirstOrDefault(d => string.Equals(d.Name, key, StringComparison.OrdinalIgnoreCase));
        if (source is not null) bag.Report(AttackRefDiagnostics.DataSourceNotComponent, value.Location, value.Value,
            source.Id, context.ReleaseName);
        else bag.Report(AttackRefDiagnostics.UnknownDataComponent, value.Location, value.Value, context.ReleaseName);
    }
}
