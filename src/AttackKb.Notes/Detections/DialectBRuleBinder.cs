using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>Binds dialect-B Detection Rule notes (Sigma embedded in a yml fence).</summary>
public static class DialectBRuleBinder
{
    public static Detection Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.DialectBRule, Kind = DetectionKind.SigmaRule }; // TODO: bind (stub)
}
