using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Dialects;

/// <summary>A dialect-A note and a dialect-B note about the same technique yield the same facts.</summary>
public class SameFactsTests
{
    [Fact]
    public void Dialect_a_and_dialect_b_notes_of_T1587_003_agree()
    {
        var a = Load(RepoPaths.Cases("AttackKb.Notes.Tests", "same-facts", "attack-pattern--1cec9319-743b-4840-bb65-431547bce82a_resource-development_-_Digital_Certificates.md"));
        var b = Load(Path.Combine(RepoPaths.Data, "vault", "Use Cases", "T1587.003 - Develop Capabilities- Digital Certificates.md"));
        Assert.Equal(SourceDialect.DialectA, a.Dialect);
        Assert.Equal(SourceDialect.DialectB, b.Dialect);
        Assert.Equal(Facts(a), Facts(b));
    }

    private static Note Load(string file)
    {
        var loaded = FileReader.ReadBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        Assert.Empty(loaded.Diagnostics);
        return loaded.Note!;
    }

    /// <summary>The facts both dialects carry, normalised the way ATT&amp;CK relates them (display name → short name).</summary>
    private static string Facts(Note n) => string.Join("\n",
        $"id={n.AttackId?.Value}",
        $"tactics={string.Join(",", n.Tactics.Select(t => t.Value.Trim().ToLowerInvariant().Replace(' ', '-')))}",
        $"platforms={string.Join(",", n.Platforms.Select(p => p.Value))}",
        $"data={string.Join(",", n.DataSources.Select(d => d.Value))}",
        $"description={n.Description?.Trim()}",
        $"detection={n.DetectionText?.Trim()}",
        $"citations={string.Join(",", n.Citations.Select(c => c.SourceName))}",
        $"links={string.Join(",", n.Links.Where(l => l.Section is "Description" or "Detection").Select(l => l.Target))}");
}
