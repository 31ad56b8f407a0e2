namespace AttackKb.Core.Text;

/// <summary>
/// Maps character offsets in a text to 1-based line and column. Line breaks are \n, \r\n or a lone \r, as in YAML and
/// CommonMark, so positions agree with what YamlDotNet and editors report.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\n' or '\r') starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based (line, column) of a 0-based character offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int idx = Array.BinarySearch(_lineStarts, offset);
        if (idx < 0) idx = ~idx - 1;
        return (idx + 1, offset - _lineStarts[idx] + 1);
    }

    public SourceLocation Locate(string path, int offset)
    {
        var (line, column) = Position(offset);
        return new SourceLocation(path, line, column);
    }

    /// <summary>0-based offset of the start of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];
}
