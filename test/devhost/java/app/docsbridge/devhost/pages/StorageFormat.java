package app.docsbridge.devhost.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Storage format to HTML, for the macros only: each {@code <ac:structured-macro>} becomes what its macro class
 * returns. Parameters reach the macro as Confluence 8.7.2's StorageMacroV2Unmarshaller passes them: plain text as
 * is, {@code <ri:attachment>} as its file name, {@code <ac:link><ri:page>} as {@code SPACE:Title} (or {@code Title}),
 * {@code <ac:link><ri:blog-post>} as {@code SPACE:/yyyy/MM/dd/Title}. A macro that throws
 * MacroExecutionException shows Confluence's error box with the message; an unknown macro, "Unknown macro".
 */
final class StorageFormat {

    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";

    private StorageFormat() {
    }

    static String render(String storageXml, Map<String, Macro> macros, ConversionContext context) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<body xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + storageXml + "</body>")));
        NodeList found = doc.getElementsByTagNameNS(AC, "structured-macro");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        List<String> outputs = new ArrayList<>();
        for (Element element : elements) {
            String marker = "DEVHOST-MACRO-" + outputs.size() + "-END";
            outputs.add(execute(element, macros, context));
            element.getParentNode().replaceChild(doc.createTextNode(marker), element);
        }
        String html = serialize(doc.getDocumentElement());
        for (int i = 0; i < outputs.size(); i++) {
            html = html.replace("DEVHOST-MACRO-" + i + "-END", outputs.get(i));
        }
        return html;
    }

    private static String execute(Element element, Map<String, Macro> macros, ConversionContext context) {
        String name = element.getAttributeNS(AC, "name");
        Macro macro = macros.get(name);
        if (macro == null) {
            return "<div class=\"devhost-macro-error\">Unknown macro: " + Html.escape(name) + "</div>";
        }
        try {
            return macro.execute(parameters(element), "", context);
        } catch (MacroExecutionException e) {
            return "<div class=\"devhost-macro-error\">Error rendering macro '" + Html.escape(name) + "' : "
                    + Html.escape(e.getMessage()) + "</div>";
        }
    }

    static Map<String, String> parameters(Element macro) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Node n = macro.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && AC.equals(p.getNamespaceURI()) && "parameter".equals(p.getLocalName())) {
                params.put(p.getAttributeNS(AC, "name"), value(p));
            }
        }
        return params;
    }

    private static String value(Element parameter) {
        Element child = null;
        for (Node n = parameter.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                child = e;
                break;
            }
        }
        if (child == null) {
            return parameter.getTextContent();
        }
        if (RI.equals(child.getNamespaceURI()) && "attachment".equals(child.getLocalName())) {
            return child.getAttributeNS(RI, "filename");
        }
        if (AC.equals(child.getNamespaceURI()) && "link".equals(child.getLocalName())) {
            for (Node n = child.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element target && RI.equals(target.getNamespaceURI())) {
                    String space = target.getAttributeNS(RI, "space-key");
                    String title = target.getAttributeNS(RI, "content-title");
                    String link = "blog-post".equals(target.getLocalName())
                            ? "/" + target.getAttributeNS(RI, "posting-day") + "/" + title : title;
                    return space.isEmpty() ? link : space + ":" + link;
                }
            }
        }
        return parameter.getTextContent();
    }

    private static String serialize(Element root) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.METHOD, "html");
        StringWriter out = new StringWriter();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            transformer.transform(new DOMSource(n), new StreamResult(out));
        }
        return out.toString();
    }
}
