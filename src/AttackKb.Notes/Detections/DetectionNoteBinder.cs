using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>Binds our detection notes (detection strategy, analytics per platform).</summary>
public static class DetectionNoteBinder
{
    public static Detection Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.DetectionNote, Kind = DetectionKind.DetectionNote }; // TODO: bind (stub)
}
