namespace AttackKb.Site.Search;

/// <summary>
/// The tokens of folded text (<see cref="SearchText.Tokens"/>), enumerated with <c>foreach</c> as slices: a run of
/// word characters is a word; words joined by single joiners (<c>certutil.exe</c>) are a run, and after its last word
/// comes the whole run as one compound token. Words and compounds longer than <see cref="SearchText.MaxToken"/> are
/// skipped (a compound still counts their characters).
/// </summary>
public ref struct SearchTokens
{
    private readonly ReadOnlySpan<char> _text;
    private int _end;          // where the scan stands: the end of the last word read
    private int _runStart = -1; // the first character of the current run of joined words; -1 between runs
    private int _runWords;
    private bool _runGoesOn;    // a joiner and another word follow the last word read

    internal SearchTokens(ReadOnlySpan<char> text) => _text = text;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly SearchTokens GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            if (_runStart < 0 && !StartRun()) return false;
            if (_runGoesOn)
            {
                int start = _end;
                while (_end < _text.Length && SearchText.IsWordChar(_text[_end])) _end++;
                int length = _end - start;
                _runWords++;
                _runGoesOn = _end + 1 < _text.Length && SearchText.IsJoiner(_text[_end])
                    && SearchText.IsWordChar(_text[_end + 1]);
                if (_runGoesOn) _end++;
                if (length <= SearchText.MaxToken)
                {
                    Current = _text.Slice(start, length);
                    return true;
                }
                continue;
            }
            int runStart = _runStart, runLength = _end - _runStart;
            _runStart = -1;
            if (_runWords > 1 && runLength <= SearchText.MaxToken)
            {
                Current = _text.Slice(runStart, runLength);
                return true;
            }
        }
    }

    /// <summary>Skips to the next word; false at the end of the text.</summary>
    private bool StartRun()
    {
        while (_end < _text.Length && !SearchText.IsWordChar(_text[_end])) _end++;
        if (_end >= _text.Length) return false;
        _runStart = _end;
        _runWords = 0;
        _runGoesOn = true;
        return true;
    }
}
