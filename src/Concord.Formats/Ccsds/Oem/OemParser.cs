using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>
/// A streaming OEM parser: tokens are consumed one at a time (never collected), data lines go straight into
/// compact arrays, so a large ephemeris is held once.
/// </summary>
internal sealed class OemParser : ICcsdsMessageParser<Oem>
{
    private const string MessageName = "OEM";
    private const string DataLineKey = "ephemeris data line";
    private const string CovarianceLineKey = "covariance line";

    private readonly Dialect _dialect;
    private readonly CcsdsParseContext _context;
    private readonly Dictionary<string, CcsdsToken> _header = new(StringComparer.Ordinal);
    private readonly List<string> _headerComments = [];
    private readonly List<OemSegment> _segments = [];
    private readonly List<string> _pendingComments = [];
    private SegmentState? _segment;
    private Section _section = Section.Header;
    private string? _timeSystem;

    // Accumulators of a state vector and a covariance given as keywords (XML).
    private readonly CcsdsToken?[] _keywordState = new CcsdsToken?[10];
    private readonly double?[] _keywordCovariance = new double?[OemCovariance.TermCount];

    public OemParser(CcsdsFormat format, List<Diagnostic> diagnostics)
    {
        _dialect = format == CcsdsFormat.Xml ? Dialect.Xml : Dialect.Kvn;
        _context = new CcsdsParseContext(diagnostics);
    }

    private enum Section
    {
        Header,
        Metadata,
        Data,
        Covariance,
        StateVector,
        Outside,
    }

    /// <summary>What a block token does to the message structure (the blocks of both encodings, one vocabulary).</summary>
    private enum Structure
    {
        /// <summary>XML <c>ndm</c>, <c>oem</c>, <c>body</c>: a container, nothing to do.</summary>
        Container,

        /// <summary>XML <c>header</c>, before any segment.</summary>
        Header,

        /// <summary>XML <c>segment</c>: a new segment, its metadata and data still to open.</summary>
        Segment,

        /// <summary>KVN <c>META_START</c>: a new segment, in its metadata.</summary>
        SegmentMetadata,

        /// <summary>XML <c>metadata</c>.</summary>
        Metadata,

        /// <summary>KVN <c>META_STOP</c>: the data follows.</summary>
        MetadataEnd,

        /// <summary>XML <c>data</c>.</summary>
        Data,

        /// <summary>XML end of <c>header</c>, <c>metadata</c> or <c>data</c>.</summary>
        BlockEnd,

        /// <summary>KVN <c>COVARIANCE_START</c>, XML <c>covarianceMatrix</c>.</summary>
        Covariance,

        /// <summary>KVN <c>COVARIANCE_STOP</c>, XML end of <c>covarianceMatrix</c>.</summary>
        CovarianceEnd,

        /// <summary>XML <c>stateVector</c>: one ephemeris point as keywords.</summary>
        StateVector,

        /// <summary>XML end of <c>stateVector</c>.</summary>
        StateVectorEnd,
    }

    public void Feed(in CcsdsToken token)
    {
        _context.Observe(token);
        switch (token.Kind)
        {
            case CcsdsTokenKind.Comment:
                AddComment(token.Value);
                return;
            case CcsdsTokenKind.BlockStart or CcsdsTokenKind.BlockEnd:
                if (!_dialect.Blocks.TryGetValue((token.Kind, token.Key), out Structure structure) || !Enter(structure, token.Line))
                {
                    UnplacedBlock(token);
                }

                return;
            case CcsdsTokenKind.Data:
                ReadLine(token);
                return;
            default:
                ReadKeyword(token);
                return;
        }
    }

    public Oem? Finish(int errorsBefore)
    {
        CloseSegment(_context.LastLine);
        if (!_header.TryGetValue(OemKeys.Version, out CcsdsToken version) || version.Value.Length == 0)
        {
            _context.Missing(OemKeys.Version, "the OEM header", _context.FirstLine);
        }

        if (_segments.Count == 0 && _context.ErrorCount() == errorsBefore)
        {
            _context.Missing("META_START", "the OEM (no segment)", _context.FirstLine);
        }

        CcsdsDate? creation = _header.TryGetValue("CREATION_DATE", out CcsdsToken created) && created.Value.Length > 0 ? _context.Date(created) : null;
        if (_context.ErrorCount() > errorsBefore)
        {
            return null;
        }

        return new Oem
        {
            Header = new OemHeader
            {
                Version = version.Value,
                Comments = new([.. _headerComments]),
                Classification = Text("CLASSIFICATION"),
                CreationDate = creation,
                Originator = Text("ORIGINATOR"),
                MessageId = Text("MESSAGE_ID"),
            },
            Segments = new([.. _segments]),
        };

        string? Text(string key) => _header.TryGetValue(key, out CcsdsToken t) && t.Value.Length > 0 ? CcsdsParseContext.Text(t) : null;
    }

    private void AddComment(string comment)
    {
        switch (_section)
        {
            case Section.Header:
                _headerComments.Add(comment);
                break;
            case Section.Metadata:
                _segment!.MetadataComments.Add(comment);
                break;
            case Section.Data:
                _segment!.DataComments.Add(comment);
                break;
            default:
                _pendingComments.Add(comment);
                break;
        }
    }

    // Applies a block token; false when the block has no place here.
    private bool Enter(Structure structure, int line)
    {
        switch (structure)
        {
            case Structure.Container:
                return true;
            case Structure.Header when _segment is null && _segments.Count == 0:
                _section = Section.Header;
                return true;
            case Structure.Segment:
                CloseSegment(line);
                _segment = new SegmentState(line);
                _section = Section.Outside;
                return true;
            case Structure.SegmentMetadata when _section is Section.Header or Section.Data:
                CloseSegment(line);
                _segment = new SegmentState(line);
                _section = Section.Metadata;
                return true;
            case Structure.Metadata when _segment is not null && _section == Section.Outside:
                _section = Section.Metadata;
                return true;
            case Structure.MetadataEnd when _section == Section.Metadata:
                _section = Section.Data;
                return true;
            case Structure.Data when _segment is not null && _section == Section.Outside:
                _section = Section.Data;
                return true;
            case Structure.BlockEnd:
                _section = Section.Outside;
                return true;
            case Structure.Covariance when _section == Section.Data:
                Array.Clear(_keywordCovariance);
                _segment!.Covariance = null;
                _section = Section.Covariance;
                return true;
            case Structure.CovarianceEnd when _section == Section.Covariance:
                if (_dialect.CovarianceRowsAreDataLines)
                {
                    CloseCovarianceRows(line);
                }
                else
                {
                    CloseKeywordCovariance(line);
                }

                _section = Section.Data;
                _segment!.CovarianceDone = true;
                return true;
            case Structure.StateVector when _section == Section.Data && _segment!.Covariances.Count == 0:
                Array.Clear(_keywordState);
                _section = Section.StateVector;
                return true;
            case Structure.StateVectorEnd when _section == Section.StateVector:
                CloseKeywordStateVector(line);
                _section = Section.Data;
                return true;
            default:
                return false;
        }
    }

    private void UnplacedBlock(in CcsdsToken token)
    {
        if (token.Kind == CcsdsTokenKind.BlockEnd && _dialect.IgnoresUnplacedBlockEnd)
        {
            return;
        }

        _context.Unexpected(token, _dialect.DocumentWhere ?? _dialect.Where[(int)_section]);
    }

    private void ReadLine(in CcsdsToken token)
    {
        if (!_dialect.HasDataLines)
        {
            if (token.Value.Length > 0 || token.Key.Length > 0)
            {
                _context.Unexpected(token with { Key = token.Key.Length > 0 ? token.Key : token.Value }, _dialect.DocumentWhere ?? MessageName);
            }
        }
        else if (_section == Section.Data && !_segment!.CovarianceDone)
        {
            ReadDataLine(token);
        }
        else if (_section == Section.Covariance)
        {
            ReadCovarianceLine(token);
        }
        else
        {
            _context.Malformed(token);
        }
    }

    private void ReadKeyword(in CcsdsToken token)
    {
        if ((token.Key == OemKeys.Version && _segment is null) || (_section == Section.Header && OemKeys.HeaderSet.Contains(token.Key)))
        {
            Store(_header, token, "the OEM header");
        }
        else if (_section == Section.Metadata && OemKeys.MetadataSet.Contains(token.Key))
        {
            Store(_segment!.Metadata, token, "the OEM metadata");
        }
        else if (_section == Section.Covariance && token.Key == "EPOCH" && (_dialect.CovarianceRowsAreDataLines || _segment!.Covariance is null))
        {
            // Rows as data lines: each EPOCH closes the matrix before it (one block holds several matrices).
            CloseCovarianceRows(token.Line);
            _segment!.Covariance = new CovarianceState(token);
            _segment.Covariance.Comments.AddRange(_pendingComments);
            _pendingComments.Clear();
        }
        else if (_section == Section.Covariance && token.Key == "COV_REF_FRAME" && _segment!.Covariance is { Rows: 0 } open)
        {
            open.Frame = token.Value.Length > 0 ? token.Value : null;
        }
        else if (_section == Section.StateVector && OemKeys.StateVectorIndex.TryGetValue(token.Key, out int index))
        {
            if (_keywordState[index] is not null)
            {
                _context.Duplicate(token, "an OEM stateVector");
            }

            _keywordState[index] = token;
        }
        else if (_section == Section.Covariance && !_dialect.CovarianceRowsAreDataLines && OemKeys.CovarianceIndex.TryGetValue(token.Key, out int term))
        {
            _keywordCovariance[term] = _context.Double(token, OemKeys.CovarianceUnit(term));
        }
        else
        {
            _context.Unexpected(token, _dialect.Where[(int)_section]);
        }
    }

    private void Store(Dictionary<string, CcsdsToken> target, in CcsdsToken token, string where)
    {
        if (!target.TryAdd(token.Key, token))
        {
            _context.Duplicate(token, where);
        }
    }

    // The next blank-separated item of a data or covariance line, or false at its end.
    private static bool TryTakeItem(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> item)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty)
        {
            item = default;
            return false;
        }

        int end = rest.IndexOfAny(' ', '\t');
        item = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[end..];
        return true;
    }

    private void ReadDataLine(in CcsdsToken token)
    {
        SegmentState segment = _segment!;
        ReadOnlySpan<char> rest = token.Value.AsSpan();
        Span<double> values = stackalloc double[9];
        int count = 0;
        CcsdsDate epoch = default;
        int field = 0;
        while (TryTakeItem(ref rest, out ReadOnlySpan<char> item))
        {
            if (field == 0)
            {
                if (!CcsdsDate.TryParse(item, out epoch))
                {
                    _context.Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsDateFormat, DiagnosticSeverity.Error, token.Line, token.Column, DataLineKey, DataLineKey, item.ToString()));
                    return;
                }
            }
            else if (count < values.Length)
            {
                if (!double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out values[count]) || !double.IsFinite(values[count]))
                {
                    _context.Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNumberFormat, DiagnosticSeverity.Error, token.Line, token.Column, DataLineKey,
                        DataLineKey, item.ToString(), "a finite number"));
                    return;
                }

                count++;
            }
            else
            {
                count++;
            }

            field++;
        }

        if (count is not (6 or 9))
        {
            _context.Invalid(token.Line, token.Column, DataLineKey, token.Value, "a data line is an epoch and 6 or 9 numbers");
            return;
        }

        segment.AddPoint(epoch, values[..6], count == 9 ? values[6..9] : []);
    }

    private void ReadCovarianceLine(in CcsdsToken token)
    {
        SegmentState segment = _segment!;
        if (segment.Covariance is not { } matrix || matrix.Rows >= 6)
        {
            _context.Invalid(token.Line, token.Column, CovarianceLineKey, token.Value, "a covariance block is EPOCH, optional COV_REF_FRAME and 6 rows");
            return;
        }

        int row = matrix.Rows;
        ReadOnlySpan<char> rest = token.Value.AsSpan();
        int column = 0;
        int firstTerm = row * (row + 1) / 2;
        while (TryTakeItem(ref rest, out ReadOnlySpan<char> item))
        {
            if (!double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                _context.Diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsNumberFormat, DiagnosticSeverity.Error, token.Line, token.Column, CovarianceLineKey,
                    CovarianceLineKey, item.ToString(), "a finite number"));
                matrix.Failed = true;
                matrix.Rows++;
                return;
            }

            if (column <= row)
            {
                matrix.Terms[firstTerm + column] = value;
            }

            column++;
        }

        if (column != row + 1)
        {
            _context.Invalid(token.Line, token.Column, CovarianceLineKey, token.Value, string.Create(CultureInfo.InvariantCulture, $"row {row + 1} of the lower triangle has {row + 1} numbers"));
            matrix.Failed = true;
        }

        matrix.Rows++;
    }

    private void CloseCovarianceRows(int line) => CloseCovarianceRows(_segment!, line);

    private void CloseCovarianceRows(SegmentState segment, int line)
    {
        if (segment.Covariance is not { } matrix)
        {
            return;
        }

        segment.Covariance = null;
        if (matrix.Failed)
        {
            return;
        }

        if (matrix.Rows != 6)
        {
            _context.Invalid(line, 0, CovarianceLineKey, matrix.Rows.ToString(CultureInfo.InvariantCulture), "a covariance has 6 rows");
            return;
        }

        AddCovariance(segment, matrix, matrix.Terms);
    }

    private void AddCovariance(SegmentState segment, CovarianceState matrix, double[] terms)
    {
        CcsdsDate? epoch = _context.Date(matrix.EpochToken);
        if (epoch is null)
        {
            return;
        }

        segment.Covariances.Add(new OemCovariance
        {
            Comments = new([.. matrix.Comments]),
            Epoch = epoch.Value,
            ReferenceFrame = matrix.Frame,
            LowerTriangle = new([.. terms]),
        });
    }

    private void CloseKeywordStateVector(int line)
    {
        Span<double> values = stackalloc double[9];
        for (int i = 0; i < 7; i++)
        {
            if (_keywordState[i] is null)
            {
                _context.Missing(OemKeys.StateVectorKeys[i], "an OEM stateVector", line);
                return;
            }
        }

        CcsdsDate? epoch = _context.Date(_keywordState[0]!.Value);
        bool ok = epoch is not null;
        int accelerations = 0;
        for (int i = 1; i < 10; i++)
        {
            if (_keywordState[i] is { } token)
            {
                double? value = _context.Double(token, OemKeys.StateVectorUnit(i));
                ok &= value is not null;
                values[i - 1] = value ?? 0.0;
                accelerations += i >= 7 ? 1 : 0;
            }
        }

        if (accelerations is not (0 or 3))
        {
            _context.Missing("X_DDOT", "an OEM stateVector (all three accelerations or none)", line);
            return;
        }

        if (ok)
        {
            _segment!.AddPoint(epoch!.Value, values[..6], accelerations == 3 ? values[6..9] : []);
        }
    }

    private void CloseKeywordCovariance(int line)
    {
        SegmentState segment = _segment!;
        if (segment.Covariance is not { } matrix)
        {
            _context.Missing("EPOCH", "an OEM covarianceMatrix", line);
            return;
        }

        segment.Covariance = null;
        var terms = new double[OemCovariance.TermCount];
        for (int i = 0; i < terms.Length; i++)
        {
            if (_keywordCovariance[i] is not { } value)
            {
                if (!_context.HasError(Omm.OmmKeys.CovarianceKeys[i]))
                {
                    _context.Missing(Omm.OmmKeys.CovarianceKeys[i], "an OEM covarianceMatrix", line);
                }

                return;
            }

            terms[i] = value;
        }

        AddCovariance(segment, matrix, terms);
    }

    private void CloseSegment(int line)
    {
        if (_segment is not { } segment)
        {
            return;
        }

        _segment = null;
        if (_section == Section.Covariance && _dialect.HasExplicitBlockStops)
        {
            _context.Missing("COVARIANCE_STOP", "an OEM covariance block", line);
        }

        if (segment.Covariance is not null)
        {
            // A covariance block left open (no COVARIANCE_STOP) when the segment ends: closed with the segment's own state,
            // which is no longer the current one.
            CloseCovarianceRows(segment, line);
        }

        if (_section == Section.Metadata && _dialect.HasExplicitBlockStops)
        {
            _context.Missing("META_STOP", "an OEM segment", segment.Line);
        }

        _section = Section.Outside;
        if (_pendingComments.Count > 0)
        {
            segment.DataComments.AddRange(_pendingComments);
            _pendingComments.Clear();
        }

        Dictionary<string, CcsdsToken> m = segment.Metadata;
        string? Text(string key)
        {
            if (m.TryGetValue(key, out CcsdsToken t) && t.Value.Length > 0)
            {
                return CcsdsParseContext.Text(t);
            }

            return null;
        }

        string? Required(string key)
        {
            string? text = Text(key);
            if (text is null)
            {
                _context.Missing(key, "the OEM metadata", m.TryGetValue(key, out CcsdsToken t) ? t.Line : segment.Line);
            }

            return text;
        }

        CcsdsDate? Date(string key, bool required)
        {
            if (m.TryGetValue(key, out CcsdsToken t) && t.Value.Length > 0)
            {
                return _context.Date(t);
            }

            if (required)
            {
                _context.Missing(key, "the OEM metadata", m.TryGetValue(key, out CcsdsToken e) ? e.Line : segment.Line);
            }

            return null;
        }

        string? objectName = Required("OBJECT_NAME");
        string? objectId = Required("OBJECT_ID");
        string? center = Required("CENTER_NAME");
        string? frame = Required("REF_FRAME");
        string? timeSystem = Required("TIME_SYSTEM");
        CcsdsDate? start = Date("START_TIME", true);
        CcsdsDate? stop = Date("STOP_TIME", true);
        CcsdsDate? frameEpoch = Date("REF_FRAME_EPOCH", false);
        CcsdsDate? useableStart = Date("USEABLE_START_TIME", false);
        CcsdsDate? useableStop = Date("USEABLE_STOP_TIME", false);
        int? degree = m.TryGetValue("INTERPOLATION_DEGREE", out CcsdsToken degreeToken) && degreeToken.Value.Length > 0 ? _context.Int(degreeToken) : null;
        if (timeSystem is not null)
        {
            if (_timeSystem is null)
            {
                _timeSystem = timeSystem;
            }
            else if (!string.Equals(_timeSystem, timeSystem, StringComparison.Ordinal))
            {
                CcsdsToken t = m["TIME_SYSTEM"];
                _context.Invalid(t.Line, t.Column, "TIME_SYSTEM", timeSystem, "every OEM segment must use the time system of the first one (" + _timeSystem + ")");
            }
        }

        if (objectName is null || objectId is null || center is null || frame is null || timeSystem is null || start is null || stop is null)
        {
            return;
        }

        _segments.Add(new OemSegment
        {
            Metadata = new OemMetadata
            {
                Comments = new([.. segment.MetadataComments]),
                ObjectName = objectName,
                ObjectId = objectId,
                CenterName = center,
                ReferenceFrame = frame,
                ReferenceFrameEpoch = frameEpoch,
                TimeSystem = timeSystem,
                StartTime = start.Value,
                UseableStartTime = useableStart,
                UseableStopTime = useableStop,
                StopTime = stop.Value,
                Interpolation = Text("INTERPOLATION"),
                InterpolationDegree = degree,
            },
            DataComments = new([.. segment.DataComments]),
            Epochs = new(ImmutableArray.Create(CollectionsMarshal.AsSpan(segment.Epochs))),
            States = new(ImmutableArray.Create(CollectionsMarshal.AsSpan(segment.States))),
            Accelerations = segment.Accelerations is null ? default : new(ImmutableArray.Create(CollectionsMarshal.AsSpan(segment.Accelerations))),
            Covariances = new([.. segment.Covariances]),
        });
    }

    /// <summary>How one encoding lays out an OEM: its block tokens, where a keyword is reported as misplaced, and the
    /// few things that differ in kind (KVN data lines and covariance rows, XML keywords in stateVector and covarianceMatrix).</summary>
    private sealed class Dialect
    {
        public static readonly Dialect Kvn = new()
        {
            Blocks = new Dictionary<(CcsdsTokenKind, string), Structure>
            {
                [(CcsdsTokenKind.BlockStart, "META")] = Structure.SegmentMetadata,
                [(CcsdsTokenKind.BlockEnd, "META")] = Structure.MetadataEnd,
                [(CcsdsTokenKind.BlockStart, "COVARIANCE")] = Structure.Covariance,
                [(CcsdsTokenKind.BlockEnd, "COVARIANCE")] = Structure.CovarianceEnd,
            }.ToFrozenDictionary(),
            Where = ["the OEM header", "the OEM metadata", "the OEM ephemeris data", "an OEM covariance block", MessageName, MessageName],
            DocumentWhere = null,
            IgnoresUnplacedBlockEnd = false,
            HasDataLines = true,
            CovarianceRowsAreDataLines = true,
            HasExplicitBlockStops = true,
        };

        public static readonly Dialect Xml = new()
        {
            Blocks = new Dictionary<(CcsdsTokenKind, string), Structure>
            {
                [(CcsdsTokenKind.BlockStart, "ndm")] = Structure.Container,
                [(CcsdsTokenKind.BlockStart, "oem")] = Structure.Container,
                [(CcsdsTokenKind.BlockStart, "body")] = Structure.Container,
                [(CcsdsTokenKind.BlockStart, "header")] = Structure.Header,
                [(CcsdsTokenKind.BlockStart, "segment")] = Structure.Segment,
                [(CcsdsTokenKind.BlockStart, "metadata")] = Structure.Metadata,
                [(CcsdsTokenKind.BlockStart, "data")] = Structure.Data,
                [(CcsdsTokenKind.BlockStart, "stateVector")] = Structure.StateVector,
                [(CcsdsTokenKind.BlockStart, "covarianceMatrix")] = Structure.Covariance,
                [(CcsdsTokenKind.BlockEnd, "header")] = Structure.BlockEnd,
                [(CcsdsTokenKind.BlockEnd, "metadata")] = Structure.BlockEnd,
                [(CcsdsTokenKind.BlockEnd, "data")] = Structure.BlockEnd,
                [(CcsdsTokenKind.BlockEnd, "stateVector")] = Structure.StateVectorEnd,
                [(CcsdsTokenKind.BlockEnd, "covarianceMatrix")] = Structure.CovarianceEnd,
            }.ToFrozenDictionary(),
            Where = ["the OEM header", "the OEM metadata", XmlDocument, "an OEM covarianceMatrix", "an OEM stateVector", XmlDocument],
            DocumentWhere = XmlDocument,
            IgnoresUnplacedBlockEnd = true,
            HasDataLines = false,
            CovarianceRowsAreDataLines = false,
            HasExplicitBlockStops = false,
        };

        private const string XmlDocument = "an OEM XML document";

        /// <summary>Block token (kind and name) to what it does.</summary>
        public required FrozenDictionary<(CcsdsTokenKind, string), Structure> Blocks { get; init; }

        /// <summary>Where a misplaced keyword is reported, by <see cref="Section"/>.</summary>
        public required string[] Where { get; init; }

        /// <summary>Where a misplaced block or stray text is reported; null: as a keyword of the current section.</summary>
        public required string? DocumentWhere { get; init; }

        /// <summary>True when an end tag with no place is left alone (the start tag was reported).</summary>
        public required bool IgnoresUnplacedBlockEnd { get; init; }

        /// <summary>True when ephemeris points are data lines (KVN); false when a stray text is unexpected (XML).</summary>
        public required bool HasDataLines { get; init; }

        /// <summary>True when a covariance is EPOCH, COV_REF_FRAME and 6 rows as data lines; false when its terms are keywords.</summary>
        public required bool CovarianceRowsAreDataLines { get; init; }

        /// <summary>True when META_STOP and COVARIANCE_STOP must be given (KVN); XML closes blocks by its tags.</summary>
        public required bool HasExplicitBlockStops { get; init; }
    }

    private sealed class SegmentState(int line)
    {
        public int Line { get; } = line;

        public Dictionary<string, CcsdsToken> Metadata { get; } = new(StringComparer.Ordinal);

        public List<string> MetadataComments { get; } = [];

        public List<string> DataComments { get; } = [];

        public List<CcsdsDate> Epochs { get; } = [];

        public List<double> States { get; } = [];

        public List<double>? Accelerations { get; private set; }

        public List<OemCovariance> Covariances { get; } = [];

        public CovarianceState? Covariance { get; set; }

        public bool CovarianceDone { get; set; }

        public void AddPoint(CcsdsDate epoch, ReadOnlySpan<double> state, ReadOnlySpan<double> acceleration)
        {
            if (acceleration.Length > 0 && Accelerations is null)
            {
                Accelerations = new List<double>(Math.Max(16, Epochs.Capacity * 3));
                for (int i = 0; i < Epochs.Count * OemSegment.AccelerationStride; i++)
                {
                    Accelerations.Add(double.NaN);
                }
            }

            Epochs.Add(epoch);
            States.AddRange(state);
            if (Accelerations is not null)
            {
                if (acceleration.Length > 0)
                {
                    Accelerations.AddRange(acceleration);
                }
                else
                {
                    Accelerations.Add(double.NaN);
                    Accelerations.Add(double.NaN);
                    Accelerations.Add(double.NaN);
                }
            }
        }
    }

    private sealed class CovarianceState(CcsdsToken epochToken)
    {
        public CcsdsToken EpochToken { get; } = epochToken;

        public string? Frame { get; set; }

        public List<string> Comments { get; } = [];

        public double[] Terms { get; } = new double[OemCovariance.TermCount];

        public int Rows { get; set; }

        public bool Failed { get; set; }
    }
}
