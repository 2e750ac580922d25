package app.docsbridge.devhost.seed;

/** A complete DrawingML theme (colours, fonts, three of each format style), which presentations must carry. */
final class Theme {

    private Theme() {
    }

    static String xml() {
        String solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        String line = "<a:ln w=\"9525\">" + solid + "</a:ln>";
        String effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Dev\"><a:themeElements>"
                + "<a:clrScheme name=\"Dev\">"
                + "<a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
                + "<a:dk2><a:srgbClr val=\"1F497D\"/></a:dk2><a:lt2><a:srgbClr val=\"EEECE1\"/></a:lt2>"
                + "<a:accent1><a:srgbClr val=\"4F81BD\"/></a:accent1><a:accent2><a:srgbClr val=\"C0504D\"/></a:accent2>"
                + "<a:accent3><a:srgbClr val=\"9BBB59\"/></a:accent3><a:accent4><a:srgbClr val=\"8064A2\"/></a:accent4>"
                + "<a:accent5><a:srgbClr val=\"4BACC6\"/></a:accent5><a:accent6><a:srgbClr val=\"F79646\"/></a:accent6>"
                + "<a:hlink><a:srgbClr val=\"0000FF\"/></a:hlink><a:folHlink><a:srgbClr val=\"800080\"/></a:folHlink>"
                + "</a:clrScheme>"
                + "<a:fontScheme name=\"Dev\">"
                + "<a:majorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
                + "</a:fontScheme>"
                + "<a:fmtScheme name=\"Dev\">"
                + "<a:fillStyleLst>" + solid + solid + solid + "</a:fillStyleLst>"
                + "<a:lnStyleLst>" + line + line + line + "</a:lnStyleLst>"
                + "<a:effectStyleLst>" + effect + effect + effect + "</a:effectStyleLst>"
                + "<a:bgFillStyleLst>" + solid + solid + solid + "</a:bgFillStyleLst>"
                + "</a:fmtScheme></a:themeElements></a:theme>";
    }
}
