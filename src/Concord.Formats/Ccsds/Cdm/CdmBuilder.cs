namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The mutable state of one CDM while it is parsed: values and comments by scope (0 and 1: the objects,
/// 2: the message) and block.</summary>
internal sealed class CdmBuilder
{
    public const int MessageScope = 2;
    private const int SectionCount = 11;

    private readonly Dictionary<string, object>[] _values = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly List<string>[][] _comments = [NewLists(), NewLists(), NewLists()];
    private readonly bool[][] _present = [new bool[SectionCount], new bool[SectionCount], new bool[SectionCount]];

    public List<CdmUserDefinedParameter> UserDefined { get; } = [];

    public void Set(int scope, string key, object value) => _values[scope][key] = value;

    public bool Has(int scope, string key) => _values[scope].ContainsKey(key);

    public void MarkPresent(int scope, CdmSection section) => _present[scope][(int)section] = true;

    public void MarkAbsent(int scope, CdmSection section) => _present[scope][(int)section] = false;

    public void MoveComments(int scope, CdmSection from, CdmSection to)
    {
        _comments[scope][(int)to].InsertRange(0, _comments[scope][(int)from]);
        _comments[scope][(int)from].Clear();
    }

    public bool IsPresent(int scope, CdmSection section) => _present[scope][(int)section];

    public void AddComments(int scope, CdmSection section, List<string> comments) => _comments[scope][(int)section].AddRange(comments);

    public EquatableArray<string> Comments(int scope, CdmSection section) => new([.. _comments[scope][(int)section]]);

    public string? Text(int scope, string key) => _values[scope].TryGetValue(key, out object? v) ? (string)v : null;

    public double? Real(int scope, string key) => _values[scope].TryGetValue(key, out object? v) ? (double)v : null;

    public int? Whole(int scope, string key) => _values[scope].TryGetValue(key, out object? v) ? (int)v : null;

    public CcsdsDate? Date(int scope, string key) => _values[scope].TryGetValue(key, out object? v) ? (CcsdsDate)v : null;

    private static List<string>[] NewLists()
    {
        var lists = new List<string>[SectionCount];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
