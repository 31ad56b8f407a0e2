using System.Text;
using System.Text.RegularExpressions;
using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Writing;

namespace AttackKb.Notes.Import;

/// <summary>
/// <c>attackkb import</c>: writes canonical notes (and, on request, detection notes) for techniques of an ATT&amp;CK
/// release. Layout: <c>&lt;to&gt;/&lt;first tactic&gt;/&lt;ID&gt;.md</c> for techniques,
/// <c>&lt;to&gt;/detections/&lt;DET id&gt;.md</c> for detection strategies; a note import already wrote is updated
/// where it is, even if its tactic changed. Idempotent (unchanged files are not touched), edit-aware (<see
/// cref="ImportStamp"/>), never writes a second note for a technique the KB already has in another dialect, never
/// writes revoked/deprecated techniques.
/// </summary>
public static partial class ReleaseImporter
{
    public const string DetectionsFolder = "detections";
    private const string NoTacticFolder = "no-tactic";
    private const int ProgressEvery = 100;

    public static bool IsStrategyId(string id) => StrategyIdShape().IsMatch(id);

    /// <summary>A technique ID usable as a file name (<c>\z</c>-anchored: "T1553\n" is not one).</summary>
    public static bool IsTechniqueId(string id) => AttackId.IsCanonicalTechnique(id);

    public static ImportResult Run(ImportRequest request)
    {
        var run = new ImportRun(request);
        run.Execute();
        return new ImportResult(run.Files, run.Bag.Items.Order().ToArray());
    }

    /// <summary>
    /// The knowledge base a target folder belongs to: nearest folder at or above it with attackkb.json, else the
    /// target.
    /// </summary>
    public static string FindKnowledgeBaseRoot(string target)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(target)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, KbConfig.FileName))) return dir.FullName;
        return Path.GetFullPath(target);
    }

    private sealed class ImportRun
    {
        private readonly ImportRequest _r;
        private readonly AttackRelease _release;
        private readonly SafeFileWriter _writer;
        private readonly string _kbRoot;
        private readonly ExistingNotes _existing;
        private readonly string _importedFrom;
        private readonly SourceLocation _releaseLocation;
        private int _processed;

        public ImportRun(ImportRequest request)
        {
            _r = request;
            _release = request.Release;
            string target = Path.GetFullPath(request.TargetFolder);
            Directory.CreateDirectory(target);
            _writer = new SafeFileWriter(target);
            _kbRoot = Path.GetFullPath(request.KnowledgeBaseRoot ?? FindKnowledgeBaseRoot(target));
            _existing = new ExistingNotes(_kbRoot, target);
            _importedFrom = $"{_release.Info.Domain} {_release.Info.Version}";
            _releaseLocation = SourceLocation.File(request.ReleaseLabel);
        }

        public List<ImportedFile> Files { get; } = [];
        public DiagnosticBag Bag { get; } = new();
        private string ReleaseName => _release.Info.DisplayName;

        public void Execute()
        {
            var techniques = Select();
            var strategies = new SortedDictionary<string, AttackDetectionStrategy>(StringComparer.Ordinal);
            foreach (var t in techniques)
            {
                ImportTechnique(t);
                if (_r.WithDetections && !t.Revoked && !t.Deprecated)
                    foreach (var s in LiveStrategies(t)) strategies.TryAdd(s.Id, s);
                Progress();
            }
            foreach (var s in strategies.Values)
            {
                ImportStrategy(s);
                Progress();
            }
            _r.Progress?.WriteLine(
                $"import: {_processed} objects from {ReleaseName}: {new ImportResult(Files, Bag.Items).Summary()}");
        }

        private void Progress()
        {
            if (++_processed % ProgressEvery == 0) _r.Progress?.WriteLine($"import: {_processed} objects…");
        }

        // ---- selection ------------------------------------------------------------------------------------------

        private IReadOnlyList<AttackTechnique> Select()
        {
            switch (_r.Selection)
            {
                case ImportSelection.Only only:
                    var picked = new List<AttackTechnique>();
                    foreach (string raw in only.Ids)
                    {
                        string id = AttackId.NormalizeTechnique(raw) ?? raw.Trim();
                        if (_release.Technique(id) is not { } t) { Bag.Report(ImportDiagnostics.UnknownSelection, null,
                            raw.Trim(), ReleaseName); continue; }
                        if (t.Revoked || t.Deprecated)
                            Bag.Report(ImportDiagnostics.SelectedRevoked, _releaseLocation, t.Id, t.Revoked ? "revoked"
                                : "deprecated", ReleaseName, Replacement(t) is { } rep ? $", replaced by {rep}" : "");
                        if (!picked.Contains(t)) picked.Add(t);
                    }
                    return picked.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
                case ImportSelection.Tactic tactic:
                    if (_release.Tactic(tactic.Name) is not { } found)
                    {
                        Bag.Report(ImportDiagnostics.UnknownSelection, null, tactic.Name, ReleaseName);
                        return [];
                    }
                    return Distinct(
                        _release.Techniques.Where(t => t.Tactics.Contains(found.ShortName, StringComparer.Ordinal)));
                default:
                    return Distinct(_release.Techniques);
            }
        }

        /// <summary>One technique per ATT&amp;CK ID (the release's choice: the live one when an ID was
        /// reused).</summary>
        private IReadOnlyList<AttackTechnique> Distinct(IEnumerable<AttackTechnique> techniques) =>
            techniques.Select(t => t.Id).Distinct(StringComparer.Ordinal)
                .Select(id => _release.Technique(id) ?? techniques.First(t => t.Id == id)).ToArray();

        // ---- techniques -----------------------------------------------------------------------------------------

        private void ImportTechnique(AttackTechnique t)
        {
            if (!IsTechniqueId(t.Id))
            {
                Bag.Report(ImportDiagnostics.UnsafeId, _releaseLocation, "attack-pattern", t.StixId, t.Id);
                Files.Add(new ImportedFile(t.Id, null, ImportAction.Failed, "unsafe ID"));
                return;
            }
            var existing = _existing.For(t.Id);
            if (t.Revoked || t.Deprecated)
            {
                foreach (var e in existing)
                {
                    if (t.Revoked) Bag.Report(ImportDiagnostics.RevokedInKb, SourceLocation.File(e.KbPath), t.Id,
                        ReleaseName, Replacement(t) ?? "nothing (no revoked-by)", e.KbPath);
                    else Bag.Report(ImportDiagnostics.DeprecatedInKb, SourceLocation.File(e.KbPath), t.Id, ReleaseName,
                        e.KbPath);
                }
                Files.Add(
                    new ImportedFile(t.Id, null, ImportAction.SkippedRevoked, t.Revoked
                        ? $"revoked, replaced by {Replacement(t) ?? "nothing"}" : "deprecated"));
                return;
            }
            CheckTechniqueData(t);

            string? fullPath =
                PlaceNote(t.Id, existing, SourceDialectName.Canonical, () => $"{TacticFolder(t)}/{t.Id}.md");
            if (fullPath is null) return;
            var detections = LiveStrategies(t).Select(s => s.Id).ToArray();
            string text = ImportStamp.Apply(CanonicalNoteWriter.Write(t, detections, _importedFrom, out var adjust));
            if (adjust.DemotedHeadings) Upstream(t,
                "a '#' or '##' heading in its text would start a new note section; written as '###'");
            if (adjust.MultiLineName) Upstream(t, "the name has line breaks; the note's title joins them");
            WriteNote(t.Id, fullPath, text);
        }

        private string TacticFolder(AttackTechnique t) =>
            t.Tactics.Count > 0 && TacticShape().IsMatch(t.Tactics[0]) ? t.Tactics[0] : NoTacticFolder;

        private void CheckTechniqueData(AttackTechnique t)
        {
            if (string.IsNullOrWhiteSpace(t.Name)) Upstream(t, "empty name");
            if (string.IsNullOrWhiteSpace(t.Description)) Upstream(t, "empty description");
            if (t.Tactics.Count == 0) Upstream(t, $"no tactics; written under '{NoTacticFolder}/'");
            else if (!TacticShape().IsMatch(t.Tactics[0])) Upstream(t,
                $"tactic '{t.Tactics[0]}' is not a usable folder name; written under '{NoTacticFolder}/'");
            foreach (var r in t.References)
                if (string.IsNullOrWhiteSpace(r.SourceName)) Upstream(t,
                    "an external reference has an empty source_name");
                else if (string.IsNullOrWhiteSpace(r.Url) && r.SourceName.Contains(": ", StringComparison.Ordinal))
                    Upstream(t, $"reference '{r.SourceName}' has no URL and a ': ' in its name; "
                        + "citations of it may not resolve");
            foreach (string id in t.DetectionStrategies)
                if (_release.Find(id) is not AttackDetectionStrategy) Upstream(t,
                    $"detection strategy {id} is not in the release");
        }

        // ---- detection strategies -------------------------------------------------------------------------------

        private IEnumerable<AttackDetectionStrategy> LiveStrategies(AttackTechnique t) =>
            t.DetectionStrategies.Select(id => _release.Find(id)).OfType<AttackDetectionStrategy>()
                .Where(s => !s.Revoked && !s.Deprecated);

        private void ImportStrategy(AttackDetectionStrategy s)
        {
            if (!IsStrategyId(s.Id))
            {
                Bag.Report(ImportDiagnostics.UnsafeId, _releaseLocation, "x-mitre-detection-strategy", s.StixId, s.Id);
                Files.Add(new ImportedFile(s.Id, null, ImportAction.Failed, "unsafe ID"));
                return;
            }
            var analytics = new List<AttackAnalytic>();
            foreach (string id in s.Analytics)
            {
                if (_release.Find(id) is AttackAnalytic a)
                {
                    if (a.Revoked || a.Deprecated) continue;
                    analytics.Add(a);
                    if (a.Platforms.Count > 1)
                        Upstream(s, $"analytic {a.Id} has {a.Platforms.Count} platforms; "
                            + $"the note keeps the first ({a.Platforms[0]})");
                    foreach (var l in a.LogSourceReferences)
                        if (l.DataComponentId.Length == 0
                            || _release.Find(l.DataComponentId) is not AttackDataComponent)
                            Upstream(s, $"analytic {a.Id} names data component '{l.DataComponentId}', "
                                + "which is not in the release");
                }
                else Upstream(s, $"analytic {id} is not in the release");
            }
            var techniques = s.Techniques.Where(id => _release.Technique(id) is { Revoked: false, Deprecated: false })
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            string? fullPath =
                PlaceNote(s.Id, _existing.For(s.Id), SourceDialectName.DetectionNote, () =>
                    $"{DetectionsFolder}/{s.Id}.md");
            if (fullPath is null) return;
            WriteNote(s.Id, fullPath,
                ImportStamp.Apply(DetectionNoteWriter.Write(s, techniques, analytics, _importedFrom)));
        }

        // ---- placing and writing --------------------------------------------------------------------------------

        /// <summary>
        /// Where the note for <paramref name="id"/> goes: the file import already owns (named &lt;ID&gt;.md, under the
        /// target, in our dialect), or a new path; null (reported) when the KB has the technique in another note.
        /// </summary>
        private string? PlaceNote(string id, IReadOnlyList<ExistingNote> existing, string ownDialect,
            Func<string> newPath)
        {
            var own = existing.Where(e => IsOwn(e, id, ownDialect)).ToArray();
            var others = existing.Where(e => !own.Contains(e)).ToArray();
            if (others.Length > 0 || own.Length > 1)
            {
                string list = string.Join(", ", existing.Select(e => $"{e.KbPath} ({e.Dialect})"));
                Bag.Report(ImportDiagnostics.DuplicateNote, SourceLocation.File(existing[0].KbPath), id, list);
                Files.Add(
                    new ImportedFile(id, null, ImportAction.SkippedDuplicate,
                        $"already in the knowledge base: {list}"));
                return null;
            }
            if (own.Length == 1) return own[0].FullPath;
            string relative = newPath();
            if (_writer.Resolve(relative) is { } full) return full;
            Bag.Report(ImportDiagnostics.WriteFailed, null, relative, "the path leaves the target folder");
            Files.Add(new ImportedFile(id, relative, ImportAction.Failed, "path outside the target folder"));
            return null;
        }

        private bool IsOwn(ExistingNote e, string id, string ownDialect) =>
            e.Dialect == ownDialect &&
            string.Equals(Path.GetFileName(e.FullPath), id + ".md", StringComparison.Ordinal) &&
            _writer.Resolve(_writer.Relative(e.FullPath)) == e.FullPath;

        private void WriteNote(string id, string fullPath, string text)
        {
            string relative = _writer.Relative(fullPath);
            var location = SourceLocation.File(Path.GetRelativePath(_kbRoot, fullPath).Replace('\\', '/'));
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            byte[]? current;
            try { current = SafeFileWriter.ReadExisting(fullPath); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Bag.Report(ImportDiagnostics.WriteFailed, location, relative, e.Message);
                Files.Add(new ImportedFile(id, relative, ImportAction.Failed, e.Message));
                return;
            }
            if (current is not null && current.AsSpan().SequenceEqual(bytes))
            {
                Files.Add(new ImportedFile(id, relative, ImportAction.Unchanged));
                return;
            }
            if (current is not null && !_r.Force)
            {
                var state = ImportStamp.Check(DecodeForCheck(current));
                if (state != StampState.Intact)
                {
                    string why =
                        state == StampState.Edited ? "edited since it was imported"
                            : "not written by import (no import_hash)";
                    Bag.Report(ImportDiagnostics.EditedNoteSkipped, location, relative, why, id, ReleaseName);
                    Files.Add(new ImportedFile(id, relative, ImportAction.SkippedEdited, why));
                    return;
                }
            }
            try
            {
                _writer.Write(fullPath, text);
                Files.Add(
                    new ImportedFile(id, relative, current is null ? ImportAction.Created : ImportAction.Updated));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Bag.Report(ImportDiagnostics.WriteFailed, location, relative, e.Message);
                Files.Add(new ImportedFile(id, relative, ImportAction.Failed, e.Message));
            }
        }

        /// <summary>
        /// Invalid UTF-8 decodes with replacement characters, which can never match a stamp: "edited".
        /// </summary>
        private static string DecodeForCheck(byte[] bytes) => Encoding.UTF8.GetString(bytes);

        private string? Replacement(AttackTechnique t)
        {
            if (!t.Revoked) return null;
            var live = _release.Resolve(t.Id);
            string? id = live is { Revoked: false } && live.Id != t.Id ? live.Id : t.RevokedBy;
            if (id is null) return null;
            return _release.Technique(id) is { } r ? $"{r.Id} ({r.Name})" : id;
        }

        private void Upstream(AttackObject o, string problem) =>
            Bag.Report(ImportDiagnostics.UpstreamDataQuality, _releaseLocation, o.Id, o.StixId, problem);
    }

    /// <summary>Dialect names as <see cref="ExistingNote.Dialect"/> carries them.</summary>
    private static class SourceDialectName
    {
        public static readonly string Canonical = SourceDialect.Canonical.ToName();
        public static readonly string DetectionNote = SourceDialect.DetectionNote.ToName();
    }

    [GeneratedRegex(@"\ADET\d{4,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StrategyIdShape();

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TacticShape();
}
