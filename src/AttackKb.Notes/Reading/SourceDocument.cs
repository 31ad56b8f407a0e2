using AttackKb.Core.Text;

namespace AttackKb.Notes.Reading;

/// <summary>
/// A decoded text file: its KB-relative path, its text (BOM removed, newlines as written) and a line map.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, string text)
    {
        Path = path;
        Text = text;
        Lines = new LineMap(text);
    }

    public string Path { get; }
    public string Text { get; }
    public LineMap Lines { get; }

    public SourceLocation Locate(int offset) => Lines.Locate(Path, offset);
    public SourceLocation WholeFile => SourceLocation.File(Path);
}
