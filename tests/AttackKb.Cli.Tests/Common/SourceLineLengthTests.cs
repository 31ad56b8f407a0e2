namespace AttackKb.Cli.Tests.Common;

/// <summary>
/// Source lines stay within 120 characters (.editorconfig's max_line_length), so code reads without side-scrolling in
/// a review; counted in UTF-8 bytes, as `awk 'length > 120'` on this machine counts them.
/// </summary>
public class SourceLineLengthTests
{
    [Fact]
    public void No_source_line_is_longer_than_120()
    {
        string src = Path.Combine(RepoPaths.Root, "src");
        var longLines = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => System.Text.Encoding.UTF8.GetByteCount(l.Text) > 120)
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}({l.Line}): {l.Text.Length} characters")
            .ToArray();
        Assert.True(longLines.Length == 0, string.Join("\n", longLines));
    }
}
