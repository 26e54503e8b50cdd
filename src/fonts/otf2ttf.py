import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
glyphOrder = font.getGlyphOrder()
gs = font.getGlyphSet()
glyf = newTable("glyf"); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font["glyf"] = glyf
font["loca"] = newTable("loca")
maxp = font["maxp"]; maxp.tableVersion = 0x00010000
for k in ["maxZones","maxTwilightPoints","maxStorage","maxFunctionDefs","maxInstructionDefs","maxStackElements","maxSizeOfInstructions","maxComponentElements"]:
    setattr(maxp, k, 0)
maxp.maxZones = 1
maxp.maxComponentDepth = 0
font["head"].indexToLocFormat = 1 if len(glyphOrder) > 0 else 0
post = font["post"]; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyphOrder
del font["CFF "]
if "VORG" in font: del font["VORG"]
font.sfntVersion = "\000\001\000\000"
font.save(dst)

# Western punctuation with Western widths, as a Latin font has them: the CJK face maps these characters
# to full-width glyphs, which Java (it applies no OpenType features) would draw with a gap on each side.
font = TTFont(dst)
cmap_tables = [t for t in font["cmap"].tables if t.isUnicode()]
best = font.getBestCmap()
proportional = {}
for record in font["GSUB"].table.FeatureList.FeatureRecord:
    if record.FeatureTag == "pwid":
        for index in record.Feature.LookupListIndex:
            for sub in font["GSUB"].table.LookupList.Lookup[index].SubTable:
                proportional.update(getattr(sub, "mapping", {}))
for char in "…‘’“”":
    glyph = best.get(ord(char))
    if glyph in proportional:
        for table in cmap_tables:
            if ord(char) in table.cmap:
                table.cmap[ord(char)] = proportional[glyph]
glyf, hmtx = font["glyf"], font["hmtx"]
for char in "§×±÷·•‰¶":
    name = best.get(ord(char))
    if name is None:
        continue
    glyph = glyf[name]
    glyph.recalcBounds(glyf)
    side = 60
    shift = side - glyph.xMin
    glyph.coordinates.translate((shift, 0))
    glyph.recalcBounds(glyf)
    hmtx[name] = (glyph.xMax + side, glyph.xMin)
font.save(dst)

# Variation sequences (cmap format 14) select glyph variants Java ignores; without them no reader warns.
font = TTFont(dst)
font["cmap"].tables = [table for table in font["cmap"].tables if table.format != 14]
font.save(dst)
